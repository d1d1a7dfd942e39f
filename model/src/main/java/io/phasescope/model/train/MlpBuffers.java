package io.phasescope.model.train;

import io.phasescope.model.net.ParameterLayout;
import org.bytedeco.javacpp.FloatPointer;

/** Work blocks for one row count: input, pre-activations, activations, upstream gradients, ones. */
final class MlpBuffers implements AutoCloseable {
    final NativeFloats input;
    final NativeFloats ones;
    final NativeFloats[] preActivations;
    final NativeFloats[] activations;
    final NativeFloats[] upstream;
    final FloatPointer inputPointer;
    final FloatPointer onesPointer;
    final FloatPointer[] preActivationPointers;
    final FloatPointer[] activationPointers;
    final FloatPointer[] upstreamPointers;
    final int[] labels;
    final double[] rowScratch;

    MlpBuffers(ParameterLayout layout, int rows) {
        int layers = layout.layers();
        input = new NativeFloats(rows, layout.fanIn(0));
        ones = new NativeFloats(1, rows);
        ones.array().assign(1);
        preActivations = new NativeFloats[layers];
        activations = new NativeFloats[layers - 1];
        upstream = new NativeFloats[layers - 1];
        preActivationPointers = new FloatPointer[layers];
        activationPointers = new FloatPointer[layers - 1];
        upstreamPointers = new FloatPointer[layers - 1];
        for (int l = 0; l < layers; l++) {
            preActivations[l] = new NativeFloats(rows, layout.fanOut(l));
            preActivationPointers[l] = preActivations[l].at(0);
            if (l < layers - 1) {
                activations[l] = new NativeFloats(rows, layout.fanOut(l));
                activationPointers[l] = activations[l].at(0);
                upstream[l] = new NativeFloats(rows, layout.fanOut(l));
                upstreamPointers[l] = upstream[l].at(0);
            }
        }
        inputPointer = input.at(0);
        onesPointer = ones.at(0);
        labels = new int[rows];
        rowScratch = new double[layout.fanOut(layers - 1)];
    }

    @Override
    public void close() {
        input.close();
        ones.close();
        for (NativeFloats block : preActivations) {
            block.close();
        }
        for (NativeFloats block : activations) {
            block.close();
        }
        for (NativeFloats block : upstream) {
            block.close();
        }
    }
}
