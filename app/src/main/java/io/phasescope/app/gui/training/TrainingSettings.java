package io.phasescope.app.gui.training;

import io.phasescope.app.form.InputParsers;
import io.phasescope.app.gui.form.ValidatedField;
import io.phasescope.app.task.TaskExecutor;
import io.phasescope.app.training.DatasetChoice;
import io.phasescope.app.training.LambdaScale;
import io.phasescope.app.training.TrainingRequest;
import io.phasescope.model.data.DataRequest;
import io.phasescope.model.net.Activation;
import io.phasescope.model.net.NetworkSpec;
import io.phasescope.model.train.TrainingOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The training form: dataset and subset sizes, architecture, optimizer and λ, each field validated on
 * its own. {@link #request()} turns a valid form into a {@link TrainingRequest}. Starts with the paper's
 * settings (784-128-128-10 sigmoid, Adam 1.5e-3, batch 64, ≤ 50 epochs, patience 5).
 */
public final class TrainingSettings {

    private static final int MAX_WIDTH = 16_384;

    private final Path mnistFolder;
    private final ObjectProperty<DatasetChoice> dataset =
            new SimpleObjectProperty<>(this, "dataset", DatasetChoice.MNIST);
    private final ValidatedField<Integer> trainSize;
    private final ValidatedField<Integer> testSize;
    private final ValidatedField<List<Integer>> hiddenWidths;
    private final ObjectProperty<Activation> activation =
            new SimpleObjectProperty<>(this, "activation", Activation.SIGMOID);
    private final ValidatedField<Double> learningRate;
    private final ValidatedField<Integer> batchSize;
    private final ValidatedField<Integer> maxEpochs;
    private final ValidatedField<Integer> patience;
    private final ValidatedField<Long> seed;
    private final LambdaViewModel lambda;
    private final ReadOnlyStringWrapper architecture = new ReadOnlyStringWrapper(this, "architecture");
    private final BooleanBinding valid;

    /**
     * @param mnistFolder a folder of MNIST IDX files, or {@code null} for the verified download cache; the other
     *     datasets ignore it
     * @param executor supplies the fields' debouncers
     */
    public TrainingSettings(Path mnistFolder, TaskExecutor executor) {
        this.mnistFolder = mnistFolder;
        TrainingOptions paper = TrainingOptions.defaults();
        trainSize = new ValidatedField<>(
                Integer.toString(DatasetChoice.MNIST.defaultTrain()),
                text -> sizeParser("Train examples", dataset.get().maxTrain()).apply(text),
                executor);
        testSize = new ValidatedField<>(
                Integer.toString(DatasetChoice.MNIST.defaultTest()),
                text -> sizeParser("Test examples", dataset.get().maxTest()).apply(text),
                executor);
        hiddenWidths = new ValidatedField<>("128,128", this::parseWidths, executor);
        learningRate = new ValidatedField<>(
                LambdaScale.format(paper.learningRate()), InputParsers.positive("Learning rate", 10), executor);
        batchSize = new ValidatedField<>(
                Integer.toString(paper.batchSize()), InputParsers.integer("Batch size", 1, 65_536), executor);
        maxEpochs = new ValidatedField<>(
                Integer.toString(paper.maxEpochs()), InputParsers.integer("Max epochs", 1, 100_000), executor);
        patience = new ValidatedField<>(
                Integer.toString(paper.patience()), InputParsers.integer("Patience", 1, 100_000), executor);
        seed = new ValidatedField<>(Long.toString(paper.shuffleSeed()), InputParsers.anyLong("Seed"), executor);
        lambda = new LambdaViewModel(paper.lambda(), executor);
        dataset.addListener((obs, old, choice) -> {
            trainSize.setText(Integer.toString(choice.defaultTrain()));
            testSize.setText(Integer.toString(choice.defaultTest()));
            hiddenWidths.commit();
        });
        architecture.bind(Bindings.createStringBinding(
                this::describeArchitecture, dataset, hiddenWidths.valueProperty(), activation));
        valid = Bindings.createBooleanBinding(
                () -> fields().stream().allMatch(f -> f.validProperty().get()),
                fields().stream().map(ValidatedField::validProperty).toArray(Observable[]::new));
    }

    /**
     * Commits every field and builds the request.
     *
     * @throws IllegalArgumentException with the first field's error if any field is invalid
     */
    public TrainingRequest request() {
        String firstError = null;
        for (ValidatedField<?> field : fields()) {
            if (!field.commit() && firstError == null) {
                firstError = field.errorProperty().get();
            }
        }
        if (firstError != null) {
            throw new IllegalArgumentException(firstError);
        }
        TrainingOptions options = TrainingOptions.defaults()
                .withLearningRate(learningRate.getValue())
                .withBatchSize(batchSize.getValue())
                .withEpochs(maxEpochs.getValue(), patience.getValue())
                .withShuffleSeed(seed.getValue())
                .withLambda(lambda.lambda());
        DatasetChoice choice = dataset.get();
        DataRequest data = new DataRequest(
                choice.kind(),
                trainSize.getValue(),
                testSize.getValue(),
                seed.getValue(),
                choice == DatasetChoice.MNIST ? mnistFolder : null);
        return new TrainingRequest(choice, data, hiddenWidths.getValue(), activation.get(), options);
    }

    public ObjectProperty<DatasetChoice> datasetProperty() {
        return dataset;
    }

    public ValidatedField<Integer> trainSize() {
        return trainSize;
    }

    public ValidatedField<Integer> testSize() {
        return testSize;
    }

    public ValidatedField<List<Integer>> hiddenWidths() {
        return hiddenWidths;
    }

    public ObjectProperty<Activation> activationProperty() {
        return activation;
    }

    public ValidatedField<Double> learningRate() {
        return learningRate;
    }

    public ValidatedField<Integer> batchSize() {
        return batchSize;
    }

    public ValidatedField<Integer> maxEpochs() {
        return maxEpochs;
    }

    public ValidatedField<Integer> patience() {
        return patience;
    }

    public ValidatedField<Long> seed() {
        return seed;
    }

    public LambdaViewModel lambda() {
        return lambda;
    }

    /** For example {@code "784-128-128-10 sigmoid · 118 282 parameters"}, or why the network is impossible. */
    public ReadOnlyStringProperty architectureProperty() {
        return architecture.getReadOnlyProperty();
    }

    /** Whether every field parsed at its last commit. */
    public BooleanBinding validProperty() {
        return valid;
    }

    private List<ValidatedField<?>> fields() {
        return List.of(
                trainSize, testSize, hiddenWidths, learningRate, batchSize, maxEpochs, patience, seed, lambda.field());
    }

    /** Widths that, with the dataset's inputs and classes, give a network within the parameter limit. */
    private List<Integer> parseWidths(String text) {
        List<Integer> widths = InputParsers.widths(MAX_WIDTH).apply(text);
        long parameters = NetworkSpec.countParameters(
                inputs(dataset.get()), widths, dataset.get().classNames().size());
        if (parameters > NetworkSpec.MAX_PARAMETERS) {
            throw new IllegalArgumentException("Hidden widths " + text.trim() + " give "
                    + InputParsers.group(parameters) + " parameters, more than the limit of "
                    + InputParsers.group(NetworkSpec.MAX_PARAMETERS) + "; use fewer or narrower layers");
        }
        return widths;
    }

    private static int inputs(DatasetChoice choice) {
        return choice.features();
    }

    private Function<String, Integer> sizeParser(String what, int max) {
        return InputParsers.integer(what, dataset.get().minSize(), max);
    }

    private String describeArchitecture() {
        DatasetChoice choice = dataset.get();
        try {
            NetworkSpec spec = new NetworkSpec(
                    inputs(choice),
                    hiddenWidths.getValue(),
                    activation.get(),
                    choice.classNames().size(),
                    0);
            return spec.describe() + " · " + InputParsers.group(spec.parameterCount()) + " parameters";
        } catch (IllegalArgumentException e) {
            return e.getMessage().substring(0, 1).toUpperCase(Locale.ROOT)
                    + e.getMessage().substring(1);
        }
    }
}
