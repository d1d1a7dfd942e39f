package io.phasescope.app.training;

import io.phasescope.model.data.DataRequest;
import io.phasescope.model.net.Activation;
import io.phasescope.model.net.NetworkSpec;
import io.phasescope.model.train.TrainingOptions;
import java.util.List;

/**
 * Everything one training run needs, as the user entered it.
 *
 * @param choice the dataset, for its class names
 * @param data the examples, as the data layer loads them
 * @param hiddenWidths hidden layer widths, possibly none
 * @param activation hidden nonlinearity
 * @param options optimizer and λ; its shuffle seed also seeds the initialization
 */
public record TrainingRequest(
        DatasetChoice choice,
        DataRequest data,
        List<Integer> hiddenWidths,
        Activation activation,
        TrainingOptions options) {

    public TrainingRequest {
        if (choice == null || data == null || hiddenWidths == null || activation == null || options == null) {
            throw new IllegalArgumentException("choice, data, hiddenWidths, activation and options must be given, were "
                    + choice + ", " + data + ", " + hiddenWidths + ", " + activation + ", " + options);
        }
        if (choice.kind() != data.kind()) {
            throw new IllegalArgumentException("choice " + choice + " does not match the data " + data.describe());
        }
        hiddenWidths = List.copyOf(hiddenWidths);
    }

    /** The network for data with {@code inputSize} features and {@code classCount} classes. */
    public NetworkSpec spec(int inputSize, int classCount) {
        return new NetworkSpec(inputSize, hiddenWidths, activation, classCount, options.shuffleSeed());
    }
}
