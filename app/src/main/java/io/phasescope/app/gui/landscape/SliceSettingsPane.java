package io.phasescope.app.gui.landscape;

import io.phasescope.app.gui.controls.Controls;
import io.phasescope.app.gui.controls.FormGrid;
import io.phasescope.app.gui.controls.LastFolder;
import io.phasescope.model.landscape.DirectionKind;
import io.phasescope.model.landscape.Directions;
import io.phasescope.model.landscape.SliceQuantity;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The slice settings: θ₀, the directions (and B, C), what to evaluate, range, resolution and data, the colour
 * scale; Compute / Cancel. A slice restarts by itself once the settings are still.
 */
final class SliceSettingsPane extends VBox {

    SliceSettingsPane(LandscapeViewModel viewModel, LastFolder lastFolder) {
        getStyleClass().add("settings-pane");
        ChoiceBox<SliceQuantity.Kind> quantity = Controls.choice(
                "quantityChoice",
                List.of(SliceQuantity.Kind.values()),
                viewModel.settings().quantityProperty(),
                kind -> switch (kind) {
                    case LOSS -> "E (data loss)";
                    case REGULARIZED_LOSS -> "L_λ = E + λ‖θ‖²";
                    case ERROR -> "error (1 − accuracy)";
                    case CLASS_ERROR -> "one class's error";
                });
        Controls.tip(
                quantity, "What the slice shows: E, L_λ at the λ below, the test error or one class's " + "error.");
        FormGrid slice = new FormGrid()
                .section("SLICE θ₀ + a·d₁ + b·d₂")
                .row(
                        "θ₀",
                        Controls.tip(
                                Controls.choice(
                                        "originChoice",
                                        viewModel.settings().models(),
                                        viewModel.settings().originProperty()),
                                "The library model at the centre of the slice."))
                .row(
                        "Directions",
                        Controls.tip(
                                Controls.choice(
                                        "directionChoice",
                                        List.of(DirectionKind.values()),
                                        viewModel.settings().directionProperty(),
                                        kind -> switch (kind) {
                                            case RANDOM -> "random, filter-normalized";
                                            case TOWARD -> "toward B (+ random d₂)";
                                            case PLANE -> "plane through θ₀, B, C";
                                            case HESSIAN -> "top Hessian eigenvectors";
                                            case HESSIAN_LOW -> "lowest Hessian eigenvectors";
                                            case PCA -> "PCA of the sweep below";
                                        }),
                                "The two directions d₁, d₂ of the slice: random (filter-normalized), toward "
                                        + "model B, the plane through three models, Hessian eigenvectors at θ₀, or the principal "
                                        + "components of a sweep's walk."))
                .row(
                        "B",
                        Controls.tip(
                                Controls.choice(
                                        "modelBChoice",
                                        viewModel.settings().models(),
                                        viewModel.settings().modelBProperty()),
                                "The second model: d₁ points toward it, and paths end at it."))
                .row(
                        "C",
                        Controls.tip(
                                Controls.choice(
                                        "modelCChoice",
                                        viewModel.settings().models(),
                                        viewModel.settings().modelCProperty()),
                                "The third model of the plane through θ₀, B and C."))
                .row("Sweep", trajectoryRow(viewModel, lastFolder))
                .row(
                        "Biases",
                        Controls.tip(
                                Controls.choice(
                                        "biasesChoice",
                                        List.of(Directions.BiasMode.values()),
                                        viewModel.settings().biasesProperty(),
                                        mode -> mode == Directions.BiasMode.ZERO
                                                ? "zero in random directions"
                                                : "kept (rescaled)"),
                                "Random directions either leave biases alone (zero) or rescale them like the "
                                        + "weights of their filter."))
                .field(
                        "Direction seed",
                        "directionSeedField",
                        viewModel.settings().seed(),
                        "Seeds the random " + "directions: the same seed draws the same slice.")
                .row("Quantity", quantity)
                .field(
                        "λ of L_λ",
                        "sliceLambdaField",
                        viewModel.settings().lambda(),
                        "The L2 strength of " + "L_λ = E + λ‖θ‖² when the quantity is L_λ.")
                .field(
                        "Class",
                        "sliceClassField",
                        viewModel.settings().classIndex(),
                        "The class (0–9 for digits) "
                                + "whose error the slice shows when the quantity is one class's error.")
                .row("Range ± r", rangeSlider(viewModel))
                .row(
                        "Resolution",
                        Controls.tip(
                                Controls.choice(
                                        "resolutionChoice",
                                        FXCollections.observableArrayList(SliceSettings.RESOLUTIONS),
                                        viewModel.settings().resolutionProperty()),
                                "Points per axis: more is finer and slower; " + "the picture refines coarse to fine."))
                .field(
                        "Test images",
                        "sliceSubsetField",
                        viewModel.settings().subset(),
                        "Test images each grid " + "point is evaluated on, a stratified subset; 0 = all 10,000.")
                .wide(Controls.check(
                        "twoDimensionalCheck",
                        "2D slice (off: 1D curve along d₁)",
                        viewModel.settings().twoDimensionalProperty(),
                        "A heat map over (a, b), or off: a curve along d₁."))
                .wide(Controls.check(
                        "logScaleCheck",
                        "Logarithmic colour scale",
                        viewModel.settings().logScaleProperty(),
                        "Colours on a logarithmic scale: shows the floor of a basin."));
        Button compute = Controls.button(
                "computeSliceButton",
                viewModel.slices().computeCommand(),
                "Compute the slice now; it also recomputes by itself after a setting changes.");
        compute.getStyleClass().add("primary");
        Button cancel = Controls.button(
                "cancelSliceButton",
                viewModel.slices().cancelCommand(),
                "Stop the slice; the part computed stays on screen.");

        getChildren().addAll(slice, Controls.buttonRow(compute, cancel));
    }

    /** "Open…" and the sweep whose walks are drawn and give PCA directions. */
    private static HBox trajectoryRow(LandscapeViewModel viewModel, LastFolder lastFolder) {
        Button open = new Button("Open…");
        open.setId("openTrajectoryButton");
        Controls.tip(open, "Open a sweep folder: its walk is drawn on the slice and gives the PCA directions.");
        open.setOnAction(e -> lastFolder
                .chooseFolder(open.getScene().getWindow(), "Sweep folder (sweep.json, points.csv, params/)", null)
                .ifPresent(viewModel.settings()::openTrajectory));
        Label name = Controls.styled(new Label(), "muted");
        name.textProperty()
                .bind(Bindings.when(
                                viewModel.settings().trajectoryNameProperty().isEmpty())
                        .then("none")
                        .otherwise(viewModel.settings().trajectoryNameProperty()));
        name.setWrapText(true);
        return new HBox(6, open, name);
    }

    private static HBox rangeSlider(LandscapeViewModel viewModel) {
        Slider slider = new Slider(0.05, 5, viewModel.settings().rangeProperty().get());
        slider.setId("rangeSlider");
        Controls.tip(slider, "Half-width r of the slice: a and b run from −r to r, in units of the directions.");
        slider.valueProperty().bindBidirectional(viewModel.settings().rangeProperty());
        Label value = new Label();
        value.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> String.format(
                                Locale.ROOT,
                                "%.2f",
                                viewModel.settings().rangeProperty().get()),
                        viewModel.settings().rangeProperty()));
        value.setMinWidth(36);
        HBox.setHgrow(slider, Priority.ALWAYS);
        return new HBox(6, slider, value);
    }
}
