package io.phasescope.app.gui.curvature;

import io.phasescope.app.curvature.CrossingReport;
import io.phasescope.app.curvature.FollowedSweep;
import io.phasescope.app.curvature.SweepSnapshot;
import io.phasescope.model.curvature.PointSpectrum;
import io.phasescope.model.sweep.SweepAnalysis;
import io.phasescope.model.sweep.SweepPoint;
import io.phasescope.model.sweep.Transition;
import io.phasescope.render.curvature.SpectraAxis;
import io.phasescope.render.curvature.SpectraDiagram;
import io.phasescope.render.phase.LambdaUnit;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the Curvature view shows of the sweep followed: the rows (published whether or not the view is on screen),
 * the {@link SpectraDiagram} (brought up to date when the view shows again), the transition report
 * ({@link CrossingReport}), a one-line summary and whether the spectra can be resumed.
 */
final class SpectraSummary {

    private final FollowedSweep sweep;
    private final ObservableValue<Path> folder;
    private final ObservableValue<SweepAnalysis> analysis;
    private final ObservableValue<LambdaUnit> unit;
    private final ReadOnlyObjectWrapper<SpectraDiagram> diagram = new ReadOnlyObjectWrapper<>(this, "diagram");
    private final ObservableList<String> report = FXCollections.observableArrayList();
    private final ObservableList<String> readOnlyReport = FXCollections.unmodifiableObservableList(report);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyBooleanWrapper resumable = new ReadOnlyBooleanWrapper(this, "resumable");
    private final ObjectProperty<SpectraAxis> axis = new SimpleObjectProperty<>(this, "axis", SpectraAxis.LAMBDA);
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active", true);
    private final ReadOnlyObjectWrapper<List<PointSpectrum>> published =
            new ReadOnlyObjectWrapper<>(this, "rows", List.of());
    private boolean stale;

    SpectraSummary(
            FollowedSweep sweep,
            ObservableValue<Path> folder,
            ObservableValue<SweepAnalysis> analysis,
            ObservableValue<LambdaUnit> unit) {
        this.sweep = sweep;
        this.folder = folder;
        this.analysis = analysis;
        this.unit = unit;
        unit.addListener((obs, old, now) -> publish());
        axis.addListener((obs, old, now) -> publish());
        active.addListener((obs, old, now) -> {
            if (now && stale) {
                publish();
            }
        });
    }

    /** Publishes the rows and, if the view is on screen, a new diagram; refreshes the texts. */
    void publish() {
        SweepSnapshot snapshot = sweep.snapshot();
        double[] grid = snapshot == null ? new double[0] : snapshot.grid().values();
        double from = Arrays.stream(grid).min().orElse(Double.NaN);
        double to = Arrays.stream(grid).max().orElse(Double.NaN);
        List<SweepPoint> points = snapshot == null ? List.of() : snapshot.kept();
        List<PointSpectrum> shown = List.copyOf(sweep.rows());
        published.set(shown);
        stale = !active.get();
        if (!stale) {
            boolean ranged = from < to; // a one-point grid has no range: the axis fits the rows
            diagram.set(new SpectraDiagram(
                    shown,
                    transitions(),
                    unit.getValue(),
                    ranged ? from : Double.NaN,
                    ranged ? to : Double.NaN,
                    points,
                    axis.get()));
        }
        refreshReport();
        updateResumable();
        updateSummary();
    }

    private List<Transition> transitions() {
        SweepAnalysis a = analysis.getValue();
        return a == null || sweep.snapshot() == null ? List.of() : a.transitions();
    }

    /** Relates the transitions found so far to the rows. */
    void refreshReport() {
        report.setAll(CrossingReport.lines(transitions(), sweep.rows(), unit.getValue()));
    }

    /** Resumable: some rows exist and some kept points lack one. */
    void updateResumable() {
        resumable.set(sweep.snapshot() != null && !sweep.rows().isEmpty() && sweep.missing() > 0);
    }

    /** Shows that {@code root} is being read. */
    void reading(Path root) {
        summary.set("Reading " + root.getFileName() + " …");
    }

    /** Shows why {@code root} cannot be read. */
    void unreadable(Path root, Throwable error) {
        summary.set("Cannot read " + root + ": " + error.getMessage());
    }

    private void updateSummary() {
        SweepSnapshot snapshot = sweep.snapshot();
        if (folder.getValue() == null) {
            summary.set("");
        } else if (snapshot == null) {
            reading(folder.getValue());
        } else if (!snapshot.isMlp()) {
            summary.set("Hessian spectra need an MLP sweep; this sweep trains "
                    + snapshot.spec().network().describe() + ".");
        } else {
            summary.set(String.format(
                    Locale.ROOT,
                    "%s · %s: %d of %d kept points have spectra · L_λ has a saddle (index ≥ 1) at %d",
                    snapshot.root().getFileName(),
                    snapshot.spec().network().describe(),
                    sweep.done(),
                    snapshot.kept().size(),
                    sweep.saddles()));
        }
    }

    ReadOnlyObjectProperty<List<PointSpectrum>> rowsProperty() {
        return published.getReadOnlyProperty();
    }

    BooleanProperty activeProperty() {
        return active;
    }

    ReadOnlyObjectProperty<SpectraDiagram> diagramProperty() {
        return diagram.getReadOnlyProperty();
    }

    ObservableList<String> report() {
        return readOnlyReport;
    }

    ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty resumableProperty() {
        return resumable.getReadOnlyProperty();
    }

    ObjectProperty<SpectraAxis> axisProperty() {
        return axis;
    }
}
