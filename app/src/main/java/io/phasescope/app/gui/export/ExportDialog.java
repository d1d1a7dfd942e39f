package io.phasescope.app.gui.export;

import io.phasescope.app.gui.common.FormGrid;
import io.phasescope.render.export.ExportFormat;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** Asks which chart to export, at what size and resolution, and where; then hands it to the view model. */
public final class ExportDialog {

    private final ExportViewModel viewModel;
    private final List<NamedChart> charts;

    public ExportDialog(ExportViewModel viewModel, List<NamedChart> charts) {
        if (viewModel == null || charts == null || charts.isEmpty()) {
            throw new IllegalArgumentException("need a view model and at least one chart, got " + viewModel + ", " + charts);
        }
        this.viewModel = viewModel;
        this.charts = List.copyOf(charts);
    }

    /** Shows the dialog and then a file chooser; exports unless the user cancels either. */
    public void show(Window owner) {
        ChoiceBox<NamedChart> chart = new ChoiceBox<>();
        chart.getItems().setAll(charts);
        chart.getSelectionModel().selectFirst();
        ChoiceBox<Integer> dpi = new ChoiceBox<>();
        dpi.getItems().setAll(ExportViewModel.DPI_CHOICES);
        dpi.valueProperty().bindBidirectional(viewModel.dpiProperty());
        dpi.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null ? "" : value + " dpi";
            }

            @Override
            public Integer fromString(String text) {
                return Integer.valueOf(text.replace("dpi", "").strip());
            }
        });
        CheckBox print = new CheckBox("Light print style (white background)");
        print.selectedProperty().bindBidirectional(viewModel.printStyleProperty());
        FormGrid form = new FormGrid()
                .row("Chart", chart)
                .field("Width (pt)", "exportWidthField", viewModel.width())
                .field("Height (pt)", "exportHeightField", viewModel.height())
                .row("PNG resolution", dpi)
                .wide(print);

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Export chart");
        dialog.setHeaderText("Export a chart as PNG, SVG, PDF or CSV");
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Optional<ButtonType> answer = dialog.showAndWait();
        if (answer.isEmpty() || answer.get() != ButtonType.OK) {
            return;
        }
        NamedChart chosen = chart.getValue();
        chooseFile(owner, chosen).ifPresent(file -> viewModel.export(chosen, file));
    }

    private static Optional<Path> chooseFile(Window owner, NamedChart chart) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export " + chart.title());
        for (ExportFormat format : ExportFormat.values()) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                    format.description() + " (*." + format.extension() + ")", "*." + format.extension()));
        }
        chooser.setInitialFileName(chart.fileStem() + "." + ExportFormat.PNG.extension());
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return Optional.empty();
        }
        int filter = chooser.getExtensionFilters().indexOf(chooser.getSelectedExtensionFilter());
        ExportFormat format = ExportFormat.values()[Math.max(0, filter)];
        return Optional.of(ExportViewModel.withExtension(file.toPath(), format));
    }
}
