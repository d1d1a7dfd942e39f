package io.phasescope.app.cli;

import io.phasescope.model.data.DataRequest;
import io.phasescope.model.data.DatasetSplit;
import io.phasescope.model.io.FolderLock;
import io.phasescope.model.io.ModelStore;
import io.phasescope.model.io.SavedModel;
import io.phasescope.model.net.Activation;
import io.phasescope.model.net.NetworkSpec;
import io.phasescope.model.net.XavierInit;
import io.phasescope.model.train.EpochMetrics;
import io.phasescope.model.train.JobControl;
import io.phasescope.model.train.MlpEngine;
import io.phasescope.model.train.Trainer;
import io.phasescope.model.train.TrainingListener;
import io.phasescope.model.train.TrainingOptions;
import io.phasescope.model.train.TrainingResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code phasescope train}: trains one network under the L2 probe and writes the model and its metrics. */
@Command(
        name = "train",
        mixinStandardHelpOptions = true,
        description = {
            "Train an MLP on E(θ) + λ‖θ‖² and write the model plus metrics.json to --out.",
            "λ is Phasescope's L2 strength; a framework weight decay β equals 2λ."
        })
final class TrainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions data;

    @Option(
            names = "--hidden",
            paramLabel = "W,W",
            split = ",",
            defaultValue = "128,128",
            description = "Hidden layer widths. Default: ${DEFAULT-VALUE}.")
    List<Integer> hidden;

    @Option(
            names = "--activation",
            paramLabel = "NAME",
            defaultValue = "sigmoid",
            description = "sigmoid, relu or tanh. Default: ${DEFAULT-VALUE}.")
    String activation;

    @Option(names = "--lambda", paramLabel = "λ", description = "L2 strength λ ≥ 0 (default 0).")
    Double lambda;

    @Option(names = "--weight-decay", paramLabel = "β", description = "The same as a weight decay β = 2λ.")
    Double weightDecay;

    @Option(
            names = "--epochs",
            paramLabel = "N",
            defaultValue = "50",
            description = "Maximum epochs. Default: ${DEFAULT-VALUE}.")
    int epochs;

    @Option(
            names = "--patience",
            paramLabel = "N",
            defaultValue = "5",
            description = "Early-stopping patience on the training objective, in epochs (capped at --epochs)."
                    + " Default: ${DEFAULT-VALUE}.")
    int patience;

    @Option(
            names = "--lr",
            paramLabel = "η",
            defaultValue = "1.5e-3",
            description = "Adam learning rate. Default: ${DEFAULT-VALUE}.")
    double learningRate;

    @Option(
            names = "--batch",
            paramLabel = "N",
            defaultValue = "64",
            description = "Minibatch size. Default: ${DEFAULT-VALUE}.")
    int batch;

    @Option(
            names = "--seed",
            paramLabel = "S",
            defaultValue = "1",
            description = "Seed of initialization, shuffling and subsets. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output folder (created).")
    Path out;

    @Override
    public Integer call() throws Exception {
        NetworkSpec networkSpec;
        TrainingOptions options;
        DataRequest request;
        try {
            if (lambda != null && weightDecay != null) {
                throw new IllegalArgumentException("give --lambda or --weight-decay, not both");
            }
            double l2 = lambda != null ? lambda : weightDecay != null ? weightDecay / 2 : 0.0;
            request = data.request(seed);
            options = TrainingOptions.defaults()
                    .withLearningRate(learningRate)
                    .withBatchSize(batch)
                    .withEpochs(epochs, patience)
                    .withShuffleSeed(seed)
                    .withLambda(l2);
            networkSpec = new NetworkSpec(784, hidden, Activation.parse(activation), 10, seed);
        } catch (IllegalArgumentException e) {
            throw OptionRanges.rejected(spec, e);
        }
        OutputGuard.folder(spec, "--out", out, OutputGuard.Kind.MODEL, List.of());
        PrintWriter stdout = spec.commandLine().getOut();
        DatasetSplit split = DataOptions.load(spec, request, message -> stdout.println(message));
        OutputFolder.prepare(out, "--out");
        try (FolderLock lock = FolderLock.acquire(out)) {
            train(networkSpec, options, request, split, stdout);
        }
        return 0;
    }

    private void train(
            NetworkSpec requested, TrainingOptions options, DataRequest request, DatasetSplit split, PrintWriter stdout)
            throws IOException {
        NetworkSpec networkSpec = new NetworkSpec(
                split.train().featureCount(),
                requested.hiddenWidths(),
                requested.activation(),
                split.train().classCount(),
                seed);
        stdout.printf("Training %s on %s, %s%n", networkSpec.describe(), split.train(), options);
        TrainingResult result;
        try (MlpEngine engine = new MlpEngine(networkSpec, XavierInit.initialize(networkSpec), options)) {
            result = Trainer.fit(engine, split, options, new EpochPrinter(stdout), JobControl.none(), true);
        }
        ModelStore.save(
                out,
                new SavedModel(
                        networkSpec, options, result.theta(), split.train().fingerprint(), request.describe()),
                Map.of(MetricsFile.NAME, MetricsFile.bytes(result)));
        stdout.printf(
                "%s after %d epochs: test accuracy %.4f, test loss %.4f; wrote %s%n",
                switch (result.stopReason()) {
                    case CONVERGED -> "Converged";
                    case EPOCH_LIMIT -> "Stopped at the epoch limit";
                    default -> "Diverged (lower --lr)";
                },
                result.epochs(),
                result.evaluation().testAccuracy(),
                result.evaluation().testLoss(),
                out.toAbsolutePath());
        stdout.flush();
    }

    /** Prints one line per epoch. */
    private record EpochPrinter(PrintWriter out) implements TrainingListener {
        @Override
        public void onEpoch(EpochMetrics m) {
            var e = m.evaluation();
            out.printf(
                    "epoch %3d/%d  objective %.5f  train loss %.5f  test loss %.5f  test acc %.4f  |θ| %.3f  %.2f s%n",
                    m.epoch(),
                    m.maxEpochs(),
                    m.objective(),
                    e.trainLoss(),
                    e.testLoss(),
                    e.testAccuracy(),
                    e.norm(),
                    m.seconds());
            out.flush();
        }
    }
}
