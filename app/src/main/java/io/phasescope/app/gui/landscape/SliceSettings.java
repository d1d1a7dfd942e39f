package io.phasescope.app.gui.landscape;

import static io.phasescope.app.workspace.LandscapeState.DEFAULTS;

import io.phasescope.app.form.InputParsers;
import io.phasescope.app.gui.common.StatusModel;
import io.phasescope.app.gui.form.ValidatedField;
import io.phasescope.app.gui.library.ModelLibrary;
import io.phasescope.app.landscape.SliceRequest;
import io.phasescope.app.library.LibraryModel;
import io.phasescope.app.task.BackgroundTask;
import io.phasescope.app.task.TaskExecutor;
import io.phasescope.model.landscape.DirectionKind;
import io.phasescope.model.landscape.Directions;
import io.phasescope.model.landscape.SliceQuantity;
import io.phasescope.model.sweep.SweepFolder;
import io.phasescope.model.sweep.SweepTrajectory;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The slice settings of the landscape explorer: θ₀, B and C from the model library, the directions, the quantity,
 * its λ or class, the seed, the test subset, the range and resolution, the colour scale, and the sweep whose walks
 * are drawn (and give PCA directions). {@link #request()} turns them into a {@link SliceRequest}.
 */
public final class SliceSettings {

    /** Resolutions offered, points per axis. */
    public static final List<Integer> RESOLUTIONS = List.of(21, 41, 61, 81, 101);

    private final ModelLibrary library;
    private final TaskExecutor executor;
    private final StatusModel status;
    private final ObjectProperty<LibraryModel> origin = new SimpleObjectProperty<>(this, "origin");
    private final ObjectProperty<LibraryModel> modelB = new SimpleObjectProperty<>(this, "modelB");
    private final ObjectProperty<LibraryModel> modelC = new SimpleObjectProperty<>(this, "modelC");
    private final ObjectProperty<DirectionKind> direction =
            new SimpleObjectProperty<>(this, "direction", DirectionKind.valueOf(DEFAULTS.direction()));
    private final ObjectProperty<Directions.BiasMode> biases =
            new SimpleObjectProperty<>(this, "biases", Directions.BiasMode.valueOf(DEFAULTS.biases()));
    private final BooleanProperty twoDimensional =
            new SimpleBooleanProperty(this, "twoDimensional", DEFAULTS.twoDimensional());
    private final ObjectProperty<SliceQuantity.Kind> quantity =
            new SimpleObjectProperty<>(this, "quantity", SliceQuantity.Kind.valueOf(DEFAULTS.quantity()));
    private final ValidatedField<Double> lambda;
    private final ValidatedField<Integer> classIndex;
    private final ValidatedField<Long> seed;
    private final ValidatedField<Integer> subset;
    private final DoubleProperty range = new SimpleDoubleProperty(this, "range", DEFAULTS.range());
    private final ObjectProperty<Integer> resolution =
            new SimpleObjectProperty<>(this, "resolution", DEFAULTS.resolution());
    private final BooleanProperty logScale = new SimpleBooleanProperty(this, "logScale", DEFAULTS.logScale());
    private final ObservableList<SweepTrajectory> trajectories = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper trajectoryName = new ReadOnlyStringWrapper(this, "trajectoryName", "");
    private Path trajectoryFolder;

    SliceSettings(ModelLibrary library, TaskExecutor executor, StatusModel status) {
        this.library = library;
        this.executor = executor;
        this.status = status;
        lambda = new ValidatedField<>(Double.toString(DEFAULTS.lambda()), InputParsers.positive("λ", 10), executor);
        classIndex = new ValidatedField<>(
                Integer.toString(DEFAULTS.classIndex()), InputParsers.integer("Class", 0, 9), executor);
        seed = new ValidatedField<>(Long.toString(DEFAULTS.seed()), InputParsers.anyLong("Seed"), executor);
        subset = new ValidatedField<>(
                InputParsers.group(DEFAULTS.subset()), InputParsers.integer("Test images", 100, 10_000), executor);
    }

    /** The settings a slice depends on: a change of any of them asks for a new slice. */
    List<Observable> sliceInputs() {
        return List.of(
                origin,
                modelB,
                modelC,
                direction,
                biases,
                twoDimensional,
                quantity,
                lambda.valueProperty(),
                classIndex.valueProperty(),
                seed.valueProperty(),
                subset.valueProperty(),
                range,
                resolution,
                trajectories);
    }

    /** The request of the current settings; throws with a message for the user when they do not fit. */
    SliceRequest request() {
        LibraryModel o = origin.get();
        LibraryModel b = direction.get() == DirectionKind.RANDOM ? null : modelB.get();
        LibraryModel c = direction.get() == DirectionKind.PLANE ? modelC.get() : null;
        if (direction.get() != DirectionKind.RANDOM && b == null) {
            throw new IllegalArgumentException(
                    "Pick model B for " + direction.get().id() + " directions");
        }
        if (direction.get() == DirectionKind.PLANE && c == null) {
            throw new IllegalArgumentException("Pick model C for the plane through θ₀, B and C");
        }
        for (LibraryModel other : new LibraryModel[] {b, c}) {
            if (other != null && !o.compatibleWith(other)) {
                throw new IllegalArgumentException(
                        other.name() + " (" + other.spec().describe() + ") does not have θ₀'s architecture "
                                + o.spec().describe());
            }
        }
        SliceQuantity q = new SliceQuantity(
                quantity.get(),
                quantity.get() == SliceQuantity.Kind.REGULARIZED_LOSS ? lambda.getValue() : 0,
                quantity.get() == SliceQuantity.Kind.CLASS_ERROR ? classIndex.getValue() : 0);
        SweepTrajectory walk = null;
        if (direction.get() == DirectionKind.PCA) {
            walk = trajectories.stream()
                    .filter(w -> w.thetas().size() >= 3)
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(
                            "Open a sweep with at least 3 kept models for PCA directions"));
            if (walk.thetas().get(0).length != o.theta().length) {
                throw new IllegalArgumentException("The sweep's models do not have θ₀'s architecture "
                        + o.spec().describe());
            }
        }
        return new SliceRequest(
                o,
                b,
                c,
                direction.get(),
                biases.get(),
                seed.getValue(),
                twoDimensional.get(),
                range.get(),
                resolution.get(),
                q,
                subset.getValue(),
                walk);
    }

    /** Forgets θ₀, B and C where they left the library, then picks defaults ({@link #pickDefaults()}). */
    void libraryChanged() {
        for (LibraryModel chosen : List.of(origin, modelB, modelC).stream()
                .map(ObjectProperty::get)
                .toList()) {
            if (chosen != null && !library.models().contains(chosen)) {
                for (ObjectProperty<LibraryModel> p : List.of(origin, modelB, modelC)) {
                    if (p.get() == chosen) {
                        p.set(null);
                    }
                }
            }
        }
        pickDefaults();
    }

    /** θ₀ is the first model added, B the next one with its architecture, until the user picks others. */
    private void pickDefaults() {
        List<LibraryModel> models = library.models();
        if (origin.get() == null && !models.isEmpty()) {
            origin.set(models.get(0));
        }
        LibraryModel o = origin.get();
        if (o != null && modelB.get() == null) {
            models.stream()
                    .filter(m -> m != o && o.compatibleWith(m))
                    .findFirst()
                    .ifPresent(modelB::set);
        }
    }

    /** Loads the walks of the sweep in {@code folder}: drawn on the slice, and the data of PCA directions. */
    public void openTrajectory(Path folder) {
        executor.execute(BackgroundTask.of(
                        "sweep trajectory", control -> SweepTrajectory.load(SweepFolder.open(folder)))
                .onSuccess(walks -> {
                    if (walks.isEmpty()) {
                        status.error("The sweep in " + folder + " kept no models to draw");
                        return;
                    }
                    trajectoryFolder = folder;
                    trajectoryName.set(folder.getFileName() + ": " + walks.size() + " walks, "
                            + walks.stream().mapToInt(w -> w.thetas().size()).sum() + " kept models");
                    trajectories.setAll(walks);
                })
                .onFailure(error -> status.error("Cannot read a sweep in " + folder + ": " + error.getMessage())));
    }

    /** The walks of the sweep opened with {@link #openTrajectory}, empty before. */
    ObservableList<SweepTrajectory> trajectories() {
        return trajectories;
    }

    /** The sweep folder whose walks are drawn, or null. */
    Path trajectoryFolder() {
        return trajectoryFolder;
    }

    public ObservableList<LibraryModel> models() {
        return library.models();
    }

    /** The sweep whose walks are drawn and give PCA directions, described in one line; empty when none. */
    public ReadOnlyStringProperty trajectoryNameProperty() {
        return trajectoryName.getReadOnlyProperty();
    }

    public ObjectProperty<LibraryModel> originProperty() {
        return origin;
    }

    public ObjectProperty<LibraryModel> modelBProperty() {
        return modelB;
    }

    public ObjectProperty<LibraryModel> modelCProperty() {
        return modelC;
    }

    public ObjectProperty<DirectionKind> directionProperty() {
        return direction;
    }

    public ObjectProperty<Directions.BiasMode> biasesProperty() {
        return biases;
    }

    public BooleanProperty twoDimensionalProperty() {
        return twoDimensional;
    }

    public ObjectProperty<SliceQuantity.Kind> quantityProperty() {
        return quantity;
    }

    public ValidatedField<Double> lambda() {
        return lambda;
    }

    public ValidatedField<Integer> classIndex() {
        return classIndex;
    }

    public ValidatedField<Long> seed() {
        return seed;
    }

    /** Test images the slice, probes and paths are evaluated on, 100 to 10 000. */
    public ValidatedField<Integer> subset() {
        return subset;
    }

    /** Half-width r of each axis (see {@link SliceRequest#range()}), 0.05 to 5. */
    public DoubleProperty rangeProperty() {
        return range;
    }

    public ObjectProperty<Integer> resolutionProperty() {
        return resolution;
    }

    public BooleanProperty logScaleProperty() {
        return logScale;
    }
}
