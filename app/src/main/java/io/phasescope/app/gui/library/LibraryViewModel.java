package io.phasescope.app.gui.library;

import io.phasescope.app.form.InputParsers;
import io.phasescope.app.gui.common.Command;
import io.phasescope.app.gui.common.StatusModel;
import io.phasescope.app.gui.form.ValidatedField;
import io.phasescope.app.gui.task.StreamingJob;
import io.phasescope.app.library.LibraryModel;
import io.phasescope.app.library.SeedTrainingJob;
import io.phasescope.app.task.BackgroundTask;
import io.phasescope.app.task.JobErrors;
import io.phasescope.app.task.JobState;
import io.phasescope.app.task.TaskExecutor;
import io.phasescope.model.data.DataRequest;
import io.phasescope.model.io.ModelStore;
import io.phasescope.model.io.SavedModel;
import io.phasescope.model.net.NetworkSpec;
import io.phasescope.model.train.TrainingOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ObservableList;

/**
 * The library panel: the models, the one selected, and the ways to add some — load a model folder, or train
 * the paper network (784-128-128-10 sigmoid) once per seed on an MNIST subset in one action — or remove one.
 */
public final class LibraryViewModel {

    /** Default seeds of "Train minima". */
    public static final String DEFAULT_SEEDS = "1, 2";
    /** Default training subset of "Train minima": quick, and still about 95 % test accuracy. */
    public static final String DEFAULT_SUBSET = "10 000";

    private static final JobErrors ERRORS =
            new JobErrors("Training minima", "Check the seeds and subset.", "Try a smaller subset.");

    private final ModelLibrary library;
    private final TaskExecutor executor;
    private final StatusModel status;
    private final Path dataFolder;
    private final ObjectProperty<LibraryModel> selected = new SimpleObjectProperty<>(this, "selected");
    private final ValidatedField<List<Long>> seeds;
    private final ValidatedField<Integer> subset;
    private final StreamingJob<LibraryModel> job;
    private final Command trainMinima;
    private final Command cancel;
    private final Command remove;
    private int expected;
    private int total;

    /**
     * @param dataFolder MNIST IDX folder, or null for the verified download cache
     */
    public LibraryViewModel(ModelLibrary library, Path dataFolder, TaskExecutor executor, StatusModel status) {
        if (library == null || executor == null || status == null) {
            throw new IllegalArgumentException("library, executor and status must be given");
        }
        this.library = library;
        this.executor = executor;
        this.status = status;
        this.dataFolder = dataFolder;
        this.seeds = new ValidatedField<>(DEFAULT_SEEDS, InputParsers::seeds, executor);
        this.subset =
                new ValidatedField<>(DEFAULT_SUBSET, InputParsers.integer("Training subset", 100, 60_000), executor);
        this.job = new StreamingJob<>("train minima", executor, status, this::arrived);
        trainMinima = job.runCommand("Train minima", seeds.validProperty().and(subset.validProperty()), this::train);
        cancel = job.cancelCommand("Cancel", "Cancelling the training of minima …");
        remove = new Command("Remove", selected.isNotNull(), () -> library.remove(selected.get()));
    }

    /** Adds the model saved in {@code folder} (a model.zip and model.json), in the background. */
    public void load(Path folder) {
        loadAll(List.of(folder));
    }

    /** Adds the models saved in {@code folders}, in this order, in the background; stops at the first bad one. */
    public void loadAll(List<Path> folders) {
        List<Path> order = List.copyOf(folders);
        Path[] failed = new Path[1];
        executor.execute(BackgroundTask.of("load models", control -> {
                    List<SavedModel> saved = new ArrayList<>();
                    for (Path folder : order) {
                        failed[0] = folder;
                        saved.add(ModelStore.load(folder));
                    }
                    return saved;
                })
                .onSuccess(saved -> {
                    for (int i = 0; i < saved.size(); i++) {
                        added(loaded(order.get(i), saved.get(i)));
                    }
                })
                .onFailure(error -> status.error("Cannot load a model from " + failed[0] + ": " + error.getMessage())));
    }

    private LibraryModel loaded(Path folder, SavedModel saved) {
        DataRequest.Kind kind = saved.dataDescription().toLowerCase(Locale.ROOT).contains("fashion")
                ? DataRequest.Kind.FASHION
                : DataRequest.Kind.MNIST;
        return library.add(
                String.valueOf(folder.getFileName()),
                "loaded from " + folder + " (" + saved.dataDescription() + ")",
                saved.spec(),
                saved.theta(),
                kind);
    }

    private void added(LibraryModel model) {
        selected.set(model);
        status.info("Added " + model.name() + " to the library");
    }

    private void train() {
        if (!seeds.commit() || !subset.commit()) {
            return;
        }
        List<Long> chosen = seeds.getValue();
        DataRequest data = new DataRequest(DataRequest.Kind.MNIST, subset.getValue(), 10_000, 1, dataFolder);
        expected = chosen.size();
        total = expected;
        job.start(
                String.format(
                        Locale.ROOT,
                        "Training %d minima of %s on %s …",
                        expected,
                        NetworkSpec.paper(1).describe(),
                        data.describe()),
                false,
                (control, emit) -> new SeedTrainingJob(
                                data,
                                NetworkSpec.paper(1),
                                TrainingOptions.defaults().withEpochs(20, 3),
                                chosen,
                                emit)
                        .call(control),
                count -> finish("Trained " + count + " minima; pick them as θ₀, B or C"),
                () -> finish("Cancelled; the minima finished so far are in the library"),
                error -> ERRORS.report(status, error));
    }

    /** Adds the minima trained so far; the time left is measured from the first one. */
    private void arrived(List<LibraryModel> models) {
        for (LibraryModel model : models) {
            LibraryModel added =
                    library.add(model.name(), model.origin(), model.spec(), model.theta(), model.dataset());
            expected--;
            if (job.stateProperty().get() == JobState.LOADING) {
                job.running(0);
            }
            job.progress((total - expected) / (double) total);
            status.info("Added " + added.name() + (expected > 0 ? "; " + expected + " to go" : ""));
        }
    }

    private void finish(String message) {
        status.progress(1);
        status.info(message);
    }

    public ObservableList<LibraryModel> models() {
        return library.models();
    }

    public ObjectProperty<LibraryModel> selectedProperty() {
        return selected;
    }

    public ValidatedField<List<Long>> seeds() {
        return seeds;
    }

    public ValidatedField<Integer> subset() {
        return subset;
    }

    /** Whether minima are being trained. */
    public ObservableBooleanValue trainingProperty() {
        return job.stateProperty().isNotEqualTo(JobState.IDLE);
    }

    public Command trainMinimaCommand() {
        return trainMinima;
    }

    public Command cancelCommand() {
        return cancel;
    }

    public Command removeCommand() {
        return remove;
    }
}
