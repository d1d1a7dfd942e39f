package io.phasescope.app.gui.landscape;

import io.phasescope.app.gui.common.Controls;
import io.phasescope.app.gui.common.FormGrid;
import io.phasescope.model.landscape.DirectionKind;
import io.phasescope.model.landscape.Directions;
import io.phasescope.model.landscape.SliceQuantity;
import java.io.File;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;

/**
 * The slice settings: θ₀, the directions (and B, C), what to evaluate, range, resolution and data, the colour
 * scale; Compute / Cancel. A slice restarts by itself once the settings are still.
 */
final class SliceSettingsPane extends VBox {

    SliceSettingsPane(LandscapeViewModel viewModel) {
        getStyleClass().add("settings-pane");
        ChoiceBox<SliceQuantity.Kind> quantity = Controls.choice("quantityChoice", List.of(SliceQuantity.Kind.values()),
                viewModel.quantityProperty(), kind -> switch (kind) {
                    case LOSS -> "E (data loss)";
                    case REGULARIZED_LOSS -> "L_λ = E + λ‖θ‖²";
                    case ERROR -> "error (1 − accuracy)";
                    case CLASS_ERROR -> "one class's error";
                });
        FormGrid slice = new FormGrid()
                .section("SLICE θ₀ + a·d₁ + b·d₂")
                .row("θ₀", Controls.choice("originChoice", viewModel.models(), viewModel.originProperty()))
                .row("Directions", Controls.choice("directionChoice", List.of(DirectionKind.values()),
                        viewModel.directionProperty(), kind -> switch (kind) {
                            case RANDOM -> "random, filter-normalized";
                            case TOWARD -> "toward B (+ random d₂)";
                            case PLANE -> "plane through θ₀, B, C";
                            case HESSIAN -> "top Hessian eigenvectors";
                            case HESSIAN_LOW -> "lowest Hessian eigenvectors";
                            case PCA -> "PCA of the sweep below";
                        }))
                .row("B", Controls.choice("modelBChoice", viewModel.models(), viewModel.modelBProperty()))
                .row("C", Controls.choice("modelCChoice", viewModel.models(), viewModel.modelCProperty()))
                .row("Sweep", trajectoryRow(viewModel))
                .row("Biases", Controls.choice("biasesChoice", List.of(Directions.BiasMode.values()),
                        viewModel.biasesProperty(),
                        mode -> mode == Directions.BiasMode.ZERO ? "zero in random directions" : "kept (rescaled)"))
                .field("Direction seed", "directionSeedField", viewModel.seed())
                .row("Quantity", quantity)
                .field("λ of L_λ", "sliceLambdaField", viewModel.lambda())
                .field("Class", "sliceClassField", viewModel.classIndex())
                .row("Range ± r", rangeSlider(viewModel))
                .row("Resolution", Controls.choice("resolutionChoice",
                        FXCollections.observableArrayList(LandscapeViewModel.RESOLUTIONS),
                        viewModel.resolutionProperty()))
                .field("Test images", "sliceSubsetField", viewModel.subset())
                .wide(check("twoDimensionalCheck", "2D slice (off: 1D curve along d₁)",
                        viewModel.twoDimensionalProperty()))
                .wide(check("logScaleCheck", "Logarithmic colour scale", viewModel.logScaleProperty()));
        Button compute = Controls.bind(new Button(), viewModel.computeCommand());
        compute.setId("computeSliceButton");
        compute.getStyleClass().add("primary");
        Button cancel = Controls.bind(new Button(), viewModel.cancelCommand());
        cancel.setId("cancelSliceButton");

        getChildren().addAll(slice, Controls.buttonRow(compute, cancel));
    }

    /** "Open…" and the sweep whose walks are drawn and give PCA directions. */
    private static HBox trajectoryRow(LandscapeViewModel viewModel) {
        Button open = new Button("Open…");
        open.setId("openTrajectoryButton");
        open.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Sweep folder (sweep.json, points.csv, params/)");
            File folder = chooser.showDialog(open.getScene().getWindow());
            if (folder != null) {
                viewModel.openTrajectory(folder.toPath());
            }
        });
        Label name = Controls.styled(new Label(), "muted");
        name.textProperty().bind(Bindings.when(viewModel.trajectoryNameProperty().isEmpty()).then("none")
                .otherwise(viewModel.trajectoryNameProperty()));
        name.setWrapText(true);
        return new HBox(6, open, name);
    }

    private static HBox rangeSlider(LandscapeViewModel viewModel) {
        Slider slider = new Slider(0.05, 5, viewModel.rangeProperty().get());
        slider.setId("rangeSlider");
        slider.valueProperty().bindBidirectional(viewModel.rangeProperty());
        Label value = new Label();
        value.textProperty().bind(Bindings.createStringBinding(() -> String.format(Locale.ROOT, "%.2f",
                viewModel.rangeProperty().get()), viewModel.rangeProperty()));
        value.setMinWidth(36);
        HBox.setHgrow(slider, Priority.ALWAYS);
        return new HBox(6, slider, value);
    }

    private static CheckBox check(String id, String text, BooleanProperty value) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.selectedProperty().bindBidirectional(value);
        return box;
    }
}
