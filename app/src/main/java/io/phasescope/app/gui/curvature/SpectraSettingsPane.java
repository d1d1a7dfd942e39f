package io.phasescope.app.gui.curvature;

import io.phasescope.app.gui.common.Controls;
import io.phasescope.app.gui.common.FormGrid;
import io.phasescope.app.gui.common.LinesBox;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The sidebar: the spectra settings (locked while spectra compute), Compute / Cancel, and the
 * report relating transitions to zero crossings of λ_min(∇²L_λ).
 */
final class SpectraSettingsPane extends VBox {

    SpectraSettingsPane(CurvatureViewModel viewModel) {
        getStyleClass().add("settings-pane");
        SpectraForm form = viewModel.form();
        FormGrid settings = new FormGrid()
                .section("SPECTRA ALONG THE SWEEP")
                .wide(muted("Of the sweep open in the Phase diagram tab, at every point whose parameters it kept."))
                .field("Training images", "spectraImagesField", form.images())
                .wide(muted("0 = the whole training set; a stratified subset is faster."))
                .field("Top k", "spectraTopField", form.top())
                .field("Bottom k", "spectraBottomField", form.bottom())
                .field("Tolerance", "spectraToleranceField", form.tolerance())
                .field("Lanczos steps", "spectraStepsField", form.maxSteps());
        settings.disableProperty().bind(viewModel.runningProperty());
        Button compute = Controls.bind(new Button(), viewModel.computeCommand());
        compute.setId("computeSpectraButton");
        compute.getStyleClass().add("primary");
        Button cancel = Controls.bind(new Button(), viewModel.cancelCommand());
        cancel.setId("cancelSpectraButton");
        for (Button b : new Button[] {compute, cancel}) {
            b.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(b, Priority.ALWAYS);
        }
        compute.setMinWidth(Button.USE_PREF_SIZE);
        FormGrid report = new FormGrid()
                .section("TRANSITIONS AND SADDLES")
                .wide(muted("L_λ has a saddle where λ_min(∇²L_λ) = λ_min(∇²E) + 2λ < 0. Each transition and the"
                        + " nearest λ where that changes sign:"))
                .wide(new LinesBox("saddleReport", viewModel.report(),
                        "None yet: transitions appear as the sweep finds them."));
        getChildren().addAll(settings, Controls.buttonRow(compute, cancel), report);
    }

    private static Label muted(String text) {
        Label label = Controls.styled(new Label(text), "muted", "sweep-summary");
        label.setWrapText(true);
        return label;
    }
}
