package io.phasescope.app.cli;

import io.phasescope.model.data.DataRequest;
import io.phasescope.model.net.Activation;
import io.phasescope.model.sweep.SweepGrid;
import io.phasescope.model.sweep.SweepSpec;
import io.phasescope.model.sweep.SweepVariation;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The fields of a sweep's recipe beyond the preset's overrides: data set, network, optimizer and a logarithmic grid.
 * Each one given replaces the field of the preset (or of {@code --spec}); values are checked as {@code train} checks
 * them. An MLP may replace the patterns CNN; the CNN cannot read MNIST-sized images.
 */
final class SweepRecipeOptions {

    @Option(names = "--dataset", paramLabel = "NAME", description = "mnist, fashion, patterns or patterns-paper.")
    String dataset;

    @Option(
            names = "--hidden",
            paramLabel = "W,W",
            split = ",",
            description = "Hidden layer widths of an MLP (replaces the preset's network).")
    List<Integer> hidden;

    @Option(names = "--activation", paramLabel = "NAME", description = "sigmoid, relu or tanh (an MLP's).")
    String activation;

    @Option(names = "--lr", paramLabel = "η", description = "Adam learning rate (0, 10].")
    Double learningRate;

    @Option(names = "--batch", paramLabel = "N", description = "Minibatch size, 1 to 65536.")
    Integer batch;

    @Option(
            names = "--log-grid",
            paramLabel = "START:STOP:COUNT",
            description = "A logarithmic λ grid of COUNT points from START > 0 to STOP (instead of --lambda-grid).")
    String logGrid;

    @Option(
            names = "--ref",
            paramLabel = "MODEL_DIR|SWEEP@λ",
            description = "θ_ref of the probe λ‖θ − θ_ref‖²: a model folder, or the kept parameters of another sweep"
                    + " nearest to λ (default: the origin). dist_ref in points.csv is ‖θ − θ_ref‖.")
    String ref;

    /** {@code base} with every given field replaced. */
    SweepSpec apply(CommandSpec command, SweepSpec base) {
        SweepSpec result = base;
        if (learningRate != null) {
            OptionRanges.require(command, "--lr", learningRate, learningRate > 0 && learningRate <= 10, "(0, 10]");
            result = result.withOptions(result.options().withLearningRate(learningRate));
        }
        if (batch != null) {
            OptionRanges.require(command, "--batch", batch, 1, 65_536);
            result = result.withOptions(result.options().withBatchSize(batch));
        }
        if (dataset != null || hidden != null || activation != null) {
            result = withDataAndNetwork(command, result);
        }
        if (logGrid != null) {
            result = result.withGrid(logGrid(command, logGrid));
        }
        if (ref != null) {
            float[] thetaRef = RefOption.read(command, ref, result.network().parameterCount());
            result = result.withOptions(result.options().withThetaRef(thetaRef));
        }
        return result;
    }

    private SweepSpec withDataAndNetwork(CommandSpec command, SweepSpec base) {
        try {
            return SweepVariation.of(
                    base,
                    dataset == null ? null : DataRequest.Kind.parse(dataset),
                    hidden,
                    activation == null ? null : Activation.parse(activation));
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            if (message.startsWith("activation:") || message.startsWith("dataset:")) {
                throw new ParameterException(
                        command.commandLine(), "--" + message.replace("hidden widths", "--hidden"));
            }
            throw e;
        }
    }

    private static SweepGrid logGrid(CommandSpec command, String text) {
        String[] parts = text.split(":");
        try {
            if (parts.length != 3) {
                throw new NumberFormatException();
            }
            return SweepGrid.log(
                    Double.parseDouble(parts[0]), Double.parseDouble(parts[1]), Integer.parseInt(parts[2]));
        } catch (NumberFormatException e) {
            throw new ParameterException(
                    command.commandLine(), "--log-grid must be START:STOP:COUNT of numbers, was " + text, e);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(command.commandLine(), "--log-grid " + text + ": " + e.getMessage(), e);
        }
    }
}
