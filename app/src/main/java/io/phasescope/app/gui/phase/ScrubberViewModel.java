package io.phasescope.app.gui.phase;

import io.phasescope.app.gui.common.StatusModel;
import io.phasescope.app.phase.BranchKey;
import io.phasescope.app.phase.GridPosition;
import io.phasescope.app.phase.PhaseFormat;
import io.phasescope.model.sweep.HeldClasses;
import io.phasescope.model.sweep.SweepAnalysis;
import io.phasescope.model.sweep.SweepPoint;
import io.phasescope.render.phase.LambdaUnit;
import java.util.Comparator;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;

/**
 * The λ scrubber: a slider over the grid of one walk (branch and seed) that selects the nearest point while it is
 * dragged and trains a probe where it is released between grid points; it follows the newest point of a running
 * sweep until moved. Describes the selected point in a headline and the slider's place in a line of text.
 * Programmatic moves are guarded by a {@code syncing} flag so that they neither stop following nor probe.
 */
public final class ScrubberViewModel {

    private final ShownSweep shown;
    private final ModelAtLambdaViewModel model;
    private final ProbeViewModel probes;
    private final ObservableValue<LambdaUnit> unit;
    private final StatusModel status;
    private final DoubleProperty sliderPosition = new SimpleDoubleProperty(this, "sliderPosition");
    private final BooleanProperty sliderChanging = new SimpleBooleanProperty(this, "sliderChanging");
    private final BooleanProperty follow = new SimpleBooleanProperty(this, "follow", true);
    private final ObjectProperty<BranchKey> branch = new SimpleObjectProperty<>(this, "branch");
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper(this, "headline", "");
    private final ReadOnlyStringWrapper sliderText = new ReadOnlyStringWrapper(this, "sliderText", "");
    private boolean syncing;

    ScrubberViewModel(
            ShownSweep shown,
            ModelAtLambdaViewModel model,
            ProbeViewModel probes,
            ObservableValue<LambdaUnit> unit,
            StatusModel status) {
        this.shown = shown;
        this.model = model;
        this.probes = probes;
        this.unit = unit;
        this.status = status;
        sliderPosition.addListener((obs, old, now) -> sliderMoved(now.doubleValue()));
        sliderChanging.addListener((obs, was, now) -> {
            if (was && !now && !syncing) {
                sliderReleased(sliderPosition.get());
            }
        });
        branch.addListener((obs, old, now) -> {
            if (!syncing && now != null) {
                follow.set(false);
                scrubTo(sliderPosition.get());
            }
        });
        follow.addListener((obs, was, now) -> {
            if (now) {
                shown.lastPoint().ifPresent(this::followTo);
            }
        });
        shown.branches().addListener((ListChangeListener<BranchKey>) change -> branchesChanged());
        shown.selectedProperty().addListener((obs, old, now) -> updateText());
        probes.probingProperty().addListener((obs, was, now) -> updateText());
        unit.addListener((obs, old, now) -> updateText());
    }

    private void branchesChanged() {
        sync(() -> {
            if (branch.get() != null && !shown.branches().contains(branch.get())) {
                branch.set(null);
            }
            if (branch.get() == null && !shown.branches().isEmpty()) {
                branch.set(shown.branches().get(0));
            }
        });
    }

    private void sync(Runnable change) {
        syncing = true;
        try {
            change.run();
        } finally {
            syncing = false;
        }
    }

    /** Back to the start for a sweep not shown yet: first grid point, following. */
    void reset() {
        sync(() -> {
            branch.set(null);
            sliderPosition.set(0);
        });
        follow.set(true);
        updateText();
    }

    private void sliderMoved(double position) {
        if (syncing) {
            return;
        }
        follow.set(false);
        if (sliderChanging.get()) {
            scrubTo(position);
        } else {
            sliderReleased(position);
        }
    }

    private void sliderReleased(double position) {
        double[] grid = shown.grid();
        if (grid == null) {
            return;
        }
        BranchKey key = branch.get();
        if (GridPosition.isBetween(grid, position) && key != null) {
            if (probes.probingProperty().get()) {
                status.info("A probe is running; wait for it or cancel it before probing again");
            } else {
                probes.probe(key, shown.pointsOf(key), GridPosition.probeLambda(grid, position, shown.isLogGrid()));
                return;
            }
        }
        int index = GridPosition.nearest(grid, position);
        sync(() -> sliderPosition.set(index));
        scrubTo(index);
    }

    private void scrubTo(double position) {
        double[] grid = shown.grid();
        BranchKey key = branch.get();
        if (grid == null || key == null) {
            return;
        }
        int index = GridPosition.nearest(grid, position);
        shown.pointsOf(key).stream()
                .min(Comparator.comparingInt(p -> Math.abs(p.index() - index)))
                .ifPresent(this::select);
    }

    /** Moves the slider to {@code point} (a grid point) and selects it, as when following a running sweep. */
    void followTo(SweepPoint point) {
        if (point.index() < 0) {
            return;
        }
        sync(() -> {
            branch.set(BranchKey.of(point));
            sliderPosition.set(point.index());
        });
        select(point);
    }

    private void select(SweepPoint point) {
        if (point == shown.selectedProperty().get()) {
            return;
        }
        shown.select(point);
        model.request();
    }

    private void updateText() {
        SweepPoint p = shown.selectedProperty().get();
        double[] grid = shown.grid();
        LambdaUnit u = unit.getValue();
        if (grid != null) {
            double position = sliderPosition.get();
            double lambda = GridPosition.lambdaAt(grid, position, shown.isLogGrid());
            String where = !GridPosition.isBetween(grid, position)
                    ? " · point " + (GridPosition.nearest(grid, position) + 1) + " of " + grid.length
                    : probes.probingProperty().get() ? " · probing here …" : " · release to probe here";
            sliderText.set(PhaseFormat.lambda(lambda, u) + where);
        } else {
            sliderText.set("");
        }
        if (p == null) {
            headline.set("");
            return;
        }
        headline.set(headline(p, u));
        if (p.index() < 0) {
            sliderText.set(PhaseFormat.lambda(p.lambda(), u) + " · probe");
        } else if (grid != null && !GridPosition.isBetween(grid, sliderPosition.get())) {
            sliderText.set(PhaseFormat.lambda(p.lambda(), u) + " · point " + (p.index() + 1) + " of " + grid.length);
        }
    }

    private String headline(SweepPoint p, LambdaUnit u) {
        StringBuilder text = new StringBuilder(p.index() < 0 ? "Probe · " : "");
        text.append(BranchKey.of(p))
                .append(" · ")
                .append(PhaseFormat.lambda(p.lambda(), u))
                .append(String.format(
                        Locale.ROOT,
                        " · test accuracy %.1f %% · E_train %.4f nats · ‖θ‖ = %.2f",
                        100 * p.testAccuracy(),
                        p.trainLoss(),
                        p.norm()));
        text.append(" · holds ")
                .append(PhaseFormat.classSet(
                        HeldClasses.atPoint(p.perClassAccuracy(), SweepAnalysis.DEFAULT_HOLD_THRESHOLD),
                        shown.classNames()))
                .append(" here");
        shown.phaseOf(p)
                .ifPresent(phase -> text.append(" · ").append(PhaseFormat.phaseHolds(phase, shown.classNames())));
        return text.toString();
    }

    /** The slider: grid index, fractional between grid points. Moving it stops {@link #followProperty()}. */
    public DoubleProperty sliderPositionProperty() {
        return sliderPosition;
    }

    /**
     * Whether the slider is being dragged. While it is, the nearest grid point is selected; when it is released
     * (or moved without dragging) between grid points, a probe trains there.
     */
    public BooleanProperty sliderChangingProperty() {
        return sliderChanging;
    }

    /** Whether the selection follows the newest point of a running sweep. */
    public BooleanProperty followProperty() {
        return follow;
    }

    /** The walk the slider moves along. */
    public ObjectProperty<BranchKey> branchProperty() {
        return branch;
    }

    /** The selected point in one line, or empty. */
    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    /** Where the slider is, in the current unit. */
    public ReadOnlyStringProperty sliderTextProperty() {
        return sliderText.getReadOnlyProperty();
    }

    /** The slider's tick label at {@code position}, in the current unit. */
    public String tickLabel(double position) {
        double[] grid = shown.grid();
        return grid == null
                ? ""
                : PhaseFormat.number(unit.getValue().of(GridPosition.lambdaAt(grid, position, shown.isLogGrid())));
    }
}
