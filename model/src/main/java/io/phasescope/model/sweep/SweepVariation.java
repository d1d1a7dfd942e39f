package io.phasescope.model.sweep;

import io.phasescope.model.data.DataRequest;
import io.phasescope.model.data.SyntheticPatterns;
import io.phasescope.model.net.Activation;
import io.phasescope.model.net.Architecture;
import io.phasescope.model.net.NetworkSpec;
import java.util.List;

/**
 * A sweep with its data set and network replaced: what {@code sweep --dataset --hidden --activation} and a study's
 * product over data sets, activations and widths do. The network's input and class counts follow the data set
 * (16 features and 3 classes for the synthetic patterns, 784 and 10 for MNIST and Fashion-MNIST). An MLP may replace
 * the patterns CNN; the CNN cannot read MNIST-sized images and has no activation to choose.
 */
public final class SweepVariation {

    private SweepVariation() {}

    /**
     * {@code base} with each non-null field replaced.
     *
     * @param dataset the data set, or null to keep the base's
     * @param hidden hidden widths of an MLP (replaces a CNN), or null to keep the base's network
     * @param activation an MLP's hidden activation, or null to keep the base's
     * @throws IllegalArgumentException naming {@code dataset}, {@code hidden} or {@code activation} when the base
     *     trains the patterns CNN and no widths make it an MLP
     */
    public static SweepSpec of(SweepSpec base, DataRequest.Kind dataset, List<Integer> hidden, Activation activation) {
        DataRequest d = base.data();
        DataRequest.Kind kind = dataset == null ? d.kind() : dataset;
        DataRequest data = new DataRequest(kind, d.trainSize(), d.testSize(), d.seed(), d.folder());
        int inputs = kind.synthetic() ? SyntheticPatterns.FEATURES : 784;
        int classes = kind.synthetic() ? SyntheticPatterns.CLASSES : 10;
        Architecture network = base.network();
        NetworkSpec mlp = network instanceof NetworkSpec m ? m : null;
        if (mlp == null && hidden == null && (activation != null || !kind.synthetic())) {
            throw new IllegalArgumentException(
                    activation != null
                            ? "activation: the sweep trains the patterns CNN, which has none; give hidden widths for an MLP"
                            : "dataset: the patterns CNN cannot read " + kind.id() + "; give hidden widths for an MLP");
        }
        if (mlp != null || hidden != null) {
            List<Integer> widths = hidden != null ? hidden : mlp.hiddenWidths();
            Activation act = activation != null ? activation : mlp != null ? mlp.activation() : Activation.SIGMOID;
            network = new NetworkSpec(inputs, widths, act, classes, network.initSeed());
        }
        return base.withData(data).withNetwork(network);
    }
}
