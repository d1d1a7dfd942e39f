package io.phasescope.app.library;

import io.phasescope.model.data.DataRequest;
import io.phasescope.model.net.NetworkSpec;
import java.util.Arrays;

/**
 * A named model of the library. Its parameters are never changed after it is added.
 *
 * @param name unique within the library
 * @param origin where it came from, e.g. "trained: 6000 MNIST images, seed 2" or a folder
 * @param spec the architecture (an MLP)
 * @param theta the parameters, DL4J flat layout, {@code spec.parameterCount()} values
 * @param dataset the dataset it was trained on, whose test images evaluate it
 */
public record LibraryModel(String name, String origin, NetworkSpec spec, float[] theta, DataRequest.Kind dataset) {

    public LibraryModel {
        if (name == null || name.isBlank() || origin == null || spec == null || theta == null || dataset == null) {
            throw new IllegalArgumentException(
                    "name, origin, spec, theta and dataset must be given, name was '" + name + "'");
        }
        if (theta.length != spec.parameterCount()) {
            throw new IllegalArgumentException(
                    "theta has " + theta.length + " values, " + spec.describe() + " needs " + spec.parameterCount());
        }
    }

    /** Whether {@code other} has the same architecture, so that the two can share a slice or a path. */
    public boolean compatibleWith(LibraryModel other) {
        return other != null
                && Arrays.equals(spec.layerSizes(), other.spec.layerSizes())
                && spec.activation() == other.spec.activation();
    }

    @Override
    public String toString() {
        return name;
    }
}
