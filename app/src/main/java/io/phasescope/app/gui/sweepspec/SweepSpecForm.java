package io.phasescope.app.gui.sweepspec;

import io.phasescope.app.form.InputParsers;
import io.phasescope.app.gui.form.ValidatedField;
import io.phasescope.app.gui.training.TrainingSettings;
import io.phasescope.app.task.TaskExecutor;
import io.phasescope.app.training.DatasetChoice;
import io.phasescope.app.training.LambdaScale;
import io.phasescope.app.training.TrainingRequest;
import io.phasescope.model.data.DataRequest;
import io.phasescope.model.net.Architecture;
import io.phasescope.model.net.NetworkSpec;
import io.phasescope.model.net.PatternsCnnSpec;
import io.phasescope.model.sweep.SweepGrid;
import io.phasescope.model.sweep.SweepMode;
import io.phasescope.model.sweep.SweepSpec;
import io.phasescope.model.sweep.ThetaRefSource;
import io.phasescope.model.sweep.UntilTrivial;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * A whole sweep spec as a form: the Training tab's fields ({@link TrainingSettings}: dataset, training and test
 * subsets, hidden widths, activation, learning rate, batch size, max epochs, patience), the network (an MLP, or the
 * patterns CNN on the patterns), the λ grid (linear {@code start:stop:step} or logarithmic {@code start:stop:count}),
 * until-trivial and θ_ref ({@link ThetaRefSource}). Mode and seeds are the Phase diagram's own settings.
 * {@link #fill} copies a preset into it; {@link #recipe} builds the spec back (θ_ref named, not yet read).
 */
public final class SweepSpecForm {

    /** The name of every custom spec, in its sweep.json. */
    public static final String NAME = "custom";

    /** Which network the sweep trains. */
    public enum Network {
        /** Dense layers of the hidden widths and the activation. */
        MLP,
        /** The small CNN of the patterns experiments; the synthetic patterns only. */
        CNN
    }

    /** How the grid text reads. */
    public enum GridKind {
        /** {@code start:stop:step}. */
        LINEAR,
        /** {@code start:stop:count}, evenly spaced in log λ. */
        LOG
    }

    private final TrainingSettings training;
    private final ObjectProperty<Network> network = new SimpleObjectProperty<>(this, "network", Network.MLP);
    private final ObjectProperty<GridKind> gridKind = new SimpleObjectProperty<>(this, "gridKind", GridKind.LINEAR);
    private final ValidatedField<SweepGrid> grid;
    private final BooleanProperty untilTrivial = new SimpleBooleanProperty(this, "untilTrivial", true);
    private final ValidatedField<ThetaRefSource> ref;
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private SweepSpec base;

    /**
     * @param base the spec the form starts from (its parameter stride, data seed and CNN are kept)
     * @param mnistFolder a folder of MNIST IDX files, or {@code null} for the verified download cache
     * @param executor supplies the fields' debouncers
     */
    public SweepSpecForm(SweepSpec base, Path mnistFolder, TaskExecutor executor) {
        if (base == null) {
            throw new IllegalArgumentException("a base spec must be given");
        }
        this.base = base;
        training = new TrainingSettings(mnistFolder, executor);
        grid = new ValidatedField<>("0:0.05:0.001", this::parseGrid, executor);
        ref = new ValidatedField<>(ThetaRefSource.NONE, ThetaRefSource::parse, executor);
        training.datasetProperty().addListener((obs, old, now) -> {
            if (!now.kind().synthetic()) {
                network.set(Network.MLP);
            }
        });
        gridKind.addListener((obs, old, now) -> regrid(now));
        fill(base);
        // change listeners compare values with equals: a commit that parses the same text again changes nothing
        for (ObservableValue<?> o : changes()) {
            o.addListener((obs, was, now) -> revision.set(revision.get() + 1));
        }
    }

    /** Puts {@code spec} into the form (keeping its parameter stride, data seed and CNN for {@link #recipe}). */
    public void fill(SweepSpec spec) {
        base = spec;
        DatasetChoice dataset = DatasetChoice.of(spec.data().kind());
        training.datasetProperty().set(dataset);
        training.trainSize().setText(size(spec.data().trainSize(), dataset.maxTrain()));
        training.testSize().setText(size(spec.data().testSize(), dataset.maxTest()));
        if (spec.network() instanceof NetworkSpec mlp) {
            network.set(Network.MLP);
            training.hiddenWidths()
                    .setText(mlp.hiddenWidths().stream().map(String::valueOf).collect(Collectors.joining(",")));
            training.activationProperty().set(mlp.activation());
        } else {
            network.set(Network.CNN);
        }
        training.learningRate().setText(LambdaScale.format(spec.options().learningRate()));
        training.batchSize().setText(Integer.toString(spec.options().batchSize()));
        training.maxEpochs().setText(Integer.toString(spec.options().maxEpochs()));
        training.patience().setText(Integer.toString(spec.options().patience()));
        gridKind.set(spec.grid().isLog() ? GridKind.LOG : GridKind.LINEAR);
        grid.setText(gridText(spec.grid()));
        untilTrivial.set(spec.untilTrivial().enabled());
        ref.setText(ThetaRefSource.NONE);
    }

    /**
     * The spec the form describes, walked in {@code mode} with {@code seeds}; θ_ref is not read (see
     * {@link #refSource()}). Commits every field.
     *
     * @throws IllegalArgumentException with the first invalid field's message
     */
    public SweepSpec recipe(SweepMode mode, List<Long> seeds) {
        TrainingRequest r = training.request();
        for (ValidatedField<?> field : List.of(grid, ref)) {
            if (!field.commit()) {
                throw new IllegalArgumentException(field.errorProperty().get());
            }
        }
        DatasetChoice dataset = r.choice();
        DataRequest data = new DataRequest(
                dataset.kind(),
                all(r.data().trainSize(), dataset.maxTrain()),
                all(r.data().testSize(), dataset.maxTest()),
                base.data().seed(),
                r.data().folder());
        long initSeed = base.network().initSeed();
        Architecture net = network.get() == Network.CNN
                ? base.network() instanceof PatternsCnnSpec cnn ? cnn : PatternsCnnSpec.patterns(initSeed)
                : new NetworkSpec(
                        dataset.features(),
                        r.hiddenWidths(),
                        r.activation(),
                        dataset.classNames().size(),
                        initSeed);
        SweepGrid g = grid.getValue();
        SweepSpec spec = new SweepSpec(
                NAME,
                data,
                net,
                base.options()
                        .withThetaRef(null)
                        .withLearningRate(r.options().learningRate())
                        .withBatchSize(r.options().batchSize())
                        .withEpochs(r.options().maxEpochs(), r.options().patience()),
                g,
                mode,
                seeds,
                base.paramStride());
        return untilTrivial.get() && !g.isLog() ? spec.withUntilTrivial(UntilTrivial.upTo10TimesTheEndOf(g)) : spec;
    }

    /** The spec the form was last filled from; its parameter stride, data seed and CNN go into {@link #recipe}. */
    public SweepSpec baseSpec() {
        return base;
    }

    /** Keeps {@code paramStride} and {@code dataSeed} for {@link #recipe}, as a restored workspace names them. */
    public void rebase(int paramStride, long dataSeed) {
        DataRequest d = base.data();
        base = new SweepSpec(
                base.name(),
                new DataRequest(d.kind(), d.trainSize(), d.testSize(), dataSeed, d.folder()),
                base.network(),
                base.options(),
                base.grid(),
                base.mode(),
                base.seeds(),
                paramStride,
                base.untilTrivial());
    }

    /** The θ_ref the form names, as of its last commit. */
    public ThetaRefSource refSource() {
        return ref.getValue();
    }

    /** The data, network and optimizer fields, shared with the Training tab's form. */
    public TrainingSettings training() {
        return training;
    }

    /** MLP or the patterns CNN; the CNN only on the patterns. */
    public ObjectProperty<Network> networkProperty() {
        return network;
    }

    public ObjectProperty<GridKind> gridKindProperty() {
        return gridKind;
    }

    /** The λ grid, {@code 0:0.05:0.0008} (linear) or {@code 1e-4:0.1:25} (log). */
    public ValidatedField<SweepGrid> grid() {
        return grid;
    }

    /** Whether the up branch walks on past a linear grid until the trivial phase (ignored on a log grid). */
    public BooleanProperty untilTrivialProperty() {
        return untilTrivial;
    }

    /** θ_ref: {@code none}, a model folder, or {@code SWEEP_FOLDER@λ}. */
    public ValidatedField<ThetaRefSource> ref() {
        return ref;
    }

    /** Counts the form's changes (a value, a choice or a field's validity), for listeners that redo work. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** Whether every field parsed at its last commit. */
    public boolean isValid() {
        return training.validProperty().get()
                && grid.validProperty().get()
                && ref.validProperty().get();
    }

    private List<ObservableValue<?>> changes() {
        TrainingSettings t = training;
        return List.of(
                t.datasetProperty(),
                t.activationProperty(),
                t.validProperty(),
                t.trainSize().valueProperty(),
                t.testSize().valueProperty(),
                t.hiddenWidths().valueProperty(),
                t.learningRate().valueProperty(),
                t.batchSize().valueProperty(),
                t.maxEpochs().valueProperty(),
                t.patience().valueProperty(),
                network,
                gridKind,
                grid.valueProperty(),
                grid.validProperty(),
                untilTrivial,
                ref.valueProperty(),
                ref.validProperty());
    }

    /** The grid text in the other kind: the same end points, as many values (log) or their mean spacing (linear). */
    private void regrid(GridKind now) {
        SweepGrid g = grid.getValue();
        int n = g.values().length;
        grid.setText(
                now == GridKind.LOG
                        ? number(Math.max(g.start(), g.stop() / 1000)) + ":" + number(g.stop()) + ":" + Math.max(2, n)
                        : number(g.start()) + ":" + number(g.stop()) + ":"
                                + number((g.stop() - g.start()) / Math.max(1, n - 1)));
    }

    private SweepGrid parseGrid(String text) {
        boolean log = gridKind.get() == GridKind.LOG;
        String form = log ? "START:STOP:COUNT" : "START:STOP:STEP";
        String[] parts = text == null ? new String[0] : text.strip().split("\\s*:\\s*");
        if (parts.length != 3) {
            throw new IllegalArgumentException("Grid must be " + form + ", was '" + text + "'");
        }
        double start = InputParsers.parseDouble("Grid start", parts[0]);
        double stop = InputParsers.parseDouble("Grid stop", parts[1]);
        try {
            return log
                    ? SweepGrid.log(
                            start,
                            stop,
                            InputParsers.integer("Grid count", 2, SweepGrid.MAX_POINTS)
                                    .apply(parts[2]))
                    : SweepGrid.linear(start, stop, InputParsers.parseDouble("Grid step", parts[2]));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Grid '" + text.strip() + "': " + e.getMessage(), e);
        }
    }

    private static String gridText(SweepGrid g) {
        return g.isLog()
                ? number(g.start()) + ":" + number(g.stop()) + ":" + g.count()
                : number(g.start()) + ":" + number(g.stop()) + ":" + number(g.step());
    }

    private static String number(double value) {
        return LambdaScale.format(value);
    }

    /** A subset size as text: the whole set ({@code 0}) as its size, which the form's fields accept. */
    private static String size(int size, int whole) {
        return Integer.toString(size == 0 ? whole : size);
    }

    /** The whole set as {@code 0}, as the presets name it. */
    private static int all(int size, int whole) {
        return size == whole ? 0 : size;
    }
}
