package io.phasescope.app.gui.curvature;

import io.phasescope.app.gui.controls.Controls;
import io.phasescope.app.gui.controls.FormGrid;
import io.phasescope.app.gui.controls.LinesBox;
import io.phasescope.app.task.JobState;
import io.phasescope.model.train.Precision;
import io.phasescope.render.curvature.SpectraAxis;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The sidebar: the spectra settings (locked while spectra compute), Compute / Cancel, and the
 * report relating transitions to zero crossings of λ_min(∇²L_λ).
 */
final class SpectraSettingsPane extends VBox {

    SpectraSettingsPane(CurvatureViewModel viewModel) {
        getStyleClass().add("settings-pane");
        CurvatureSettings form = viewModel.settings();
        FormGrid settings = new FormGrid()
                .section("SPECTRA ALONG THE SWEEP")
                .wide(muted("Of the sweep open in the Phase diagram tab, at every point whose parameters it kept."))
                .wide(Controls.check(
                        "automaticSpectraCheck",
                        "Compute as points land",
                        viewModel.automaticProperty(),
                        "Compute the spectrum of every kept point without asking: when a sweep opens and as each new "
                                + "point lands. Cancel turns it off."))
                .field(
                        "Training images",
                        "spectraImagesField",
                        form.images(),
                        "Training images E is averaged over for "
                                + "the Hessian, a stratified subset; 0 = the whole training set (slower, exact E).")
                .wide(muted("0 = the whole training set; a stratified subset is faster."))
                .field("Top k", "spectraTopField", form.top(), "How many of the largest eigenvalues of ∇²E (0–50).")
                .field(
                        "Bottom k",
                        "spectraBottomField",
                        form.bottom(),
                        "How many of the smallest eigenvalues of ∇²E "
                                + "(0–50), asked for explicitly: a saddle shows as a negative one.")
                .field(
                        "Tolerance",
                        "spectraToleranceField",
                        form.tolerance(),
                        "Lanczos stops when every requested "
                                + "eigenvalue's residual is below this fraction of the largest eigenvalue.")
                .field(
                        "Lanczos steps",
                        "spectraStepsField",
                        form.maxSteps(),
                        "Lanczos steps at most per point " + "(each is one exact Hessian-vector product).")
                .field(
                        "Trace probes",
                        "spectraTraceField",
                        form.traceProbes(),
                        "Hutchinson probes for the trace of "
                                + "∇²E at each point, with its standard error; 0 computes no trace.")
                .row(
                        "Precision",
                        Controls.tip(
                                Controls.choice(
                                        "spectraPrecisionChoice",
                                        List.of(Precision.values()),
                                        form.precision(),
                                        p -> switch (p) {
                                            case FLOAT -> "float (float32, faster)";
                                            case DOUBLE -> "double (float64)";
                                        }),
                                "Arithmetic of the Hessian-vector products: float32 as the network trained (about 7 "
                                        + "digits), or float64 throughout (about 15 digits, about twice the time) to resolve "
                                        + "eigenvalues near 0 and small negative curvature."));
        settings.disableProperty().bind(viewModel.stateProperty().isNotEqualTo(JobState.IDLE));
        Button compute = Controls.button(
                "computeSpectraButton",
                viewModel.computeCommand(),
                "Compute the spectra of the kept points that have none, one row at a time into the "
                        + "sweep's spectra.csv; a cancelled run resumes where it stopped.");
        compute.getStyleClass().add("primary");
        Button cancel = Controls.button(
                "cancelSpectraButton",
                viewModel.cancelCommand(),
                "Stop after the current point; the rows written are kept.");
        FormGrid display = new FormGrid()
                .section("DISPLAY")
                .row(
                        "x axis",
                        Controls.tip(
                                Controls.choice(
                                        "spectraAxisChoice",
                                        List.of(SpectraAxis.values()),
                                        viewModel.axisProperty(),
                                        axis -> axis.symbol(
                                                        viewModel.unitProperty().getValue())
                                                + switch (axis) {
                                                    case LAMBDA -> "";
                                                    case NORM -> " (Figure 3)";
                                                    case DISTANCE -> "";
                                                }),
                                "Draw the spectra against λ (or β), against the norm ‖θ‖ of each point as the "
                                        + "paper's Figure 3 does, or against its distance to θ_ref."));
        FormGrid report = new FormGrid()
                .section("TRANSITIONS AND SADDLES")
                .wide(muted("L_λ has a saddle where λ_min(∇²L_λ) = λ_min(∇²E) + 2λ < 0. Each transition and the"
                        + " nearest λ where that changes sign:"))
                .wide(new LinesBox(
                        "saddleReport", viewModel.report(), "None yet: transitions appear as the sweep finds them."));
        getChildren().addAll(settings, Controls.fillRow(compute, cancel), display, report);
    }

    private static Label muted(String text) {
        Label label = Controls.styled(new Label(text), "muted", "sweep-summary");
        label.setWrapText(true);
        return label;
    }
}
