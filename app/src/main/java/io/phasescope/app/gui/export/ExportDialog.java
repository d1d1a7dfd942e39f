package io.phasescope.app.gui.export;

import io.phasescope.app.export.NamedChart;
import io.phasescope.app.export.SizeUnit;
import io.phasescope.app.gui.controls.Controls;
import io.phasescope.app.gui.controls.FormGrid;
import io.phasescope.app.gui.controls.LastFolder;
import io.phasescope.render.export.ExportFormat;
import io.phasescope.render.figure.LegendPlacement;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Asks which chart to export and how the figure should look — size in pt, cm or inches, resolution, font,
 * font size, line width, title, axis labels, legend, paper style — with a preview of exactly what will be
 * written; then where, and hands it to the view model.
 */
public final class ExportDialog {

    private final ExportViewModel viewModel;
    private final List<NamedChart> charts;
    private final LastFolder lastFolder;

    public ExportDialog(ExportViewModel viewModel, List<NamedChart> charts, LastFolder lastFolder) {
        if (viewModel == null || charts == null || charts.isEmpty() || lastFolder == null) {
            throw new IllegalArgumentException("need a view model, at least one chart and the last folder, got "
                    + viewModel + ", " + charts + ", " + lastFolder);
        }
        this.viewModel = viewModel;
        this.charts = List.copyOf(charts);
        this.lastFolder = lastFolder;
    }

    /**
     * Shows the dialog; OK exports the chosen chart to the file named in it (typed, or picked with Browse…), in the
     * format of its extension.
     */
    public void show(Window owner) {
        ChoiceBox<NamedChart> chart = new ChoiceBox<>();
        chart.getItems().setAll(charts);
        chart.setId("exportChartChoice");
        Controls.tip(chart, "The chart to export, as it is on screen now.");
        chart.valueProperty().addListener((obs, old, now) -> viewModel.preview(now));
        ChoiceBox<Integer> dpi =
                Controls.choice(null, ExportViewModel.DPI_CHOICES, viewModel.dpiProperty(), v -> v + " dpi");
        Controls.tip(dpi, "Pixels per inch of the PNG: its pixel size is the figure size times this.");
        ChoiceBox<SizeUnit> unit =
                Controls.choice(null, List.of(SizeUnit.values()), viewModel.unitProperty(), SizeUnit::toString);
        Controls.tip(unit, "The unit of width and height: points, centimetres or inches.");
        ChoiceBox<Boolean> font = Controls.choice(
                null, List.of(false, true), viewModel.serifProperty(), serif -> serif ? "serif" : "sans-serif");
        Controls.tip(font, "The font family of every text in the figure.");
        ChoiceBox<Double> fontSize =
                Controls.choice(null, ExportViewModel.SCALES, viewModel.fontScaleProperty(), ExportDialog::percent);
        Controls.tip(fontSize, "Every text size, relative to the screen's.");
        ChoiceBox<Double> lines =
                Controls.choice(null, ExportViewModel.SCALES, viewModel.lineScaleProperty(), ExportDialog::percent);
        ChoiceBox<LegendPlacement> legend = Controls.choice(
                null,
                List.of(LegendPlacement.values()),
                viewModel.legendProperty(),
                p -> p.name().toLowerCase(Locale.ROOT));
        Controls.tip(lines, "Every line width, relative to the screen's.");
        Controls.tip(legend, "Where the legend goes, or none.");
        CheckBox print = Controls.check(
                "exportPaperCheck",
                "Paper style (white background, dark text)",
                viewModel.printStyleProperty(),
                "White background, dark text and no border, whatever the screen theme.");
        FormGrid form = new FormGrid()
                .row("Chart", chart)
                .row("Size unit", unit)
                .field("Width", "exportWidthField", viewModel.width(), "The figure's width in the size unit.")
                .field("Height", "exportHeightField", viewModel.height(), "The figure's height in the size unit.")
                .row("PNG resolution", dpi)
                .row("Font", font)
                .row("Font size", fontSize)
                .row("Line width", lines)
                .row("Title", text("exportTitleField", viewModel.titleProperty()))
                .row("x-axis label", text("exportXLabelField", viewModel.xLabelProperty()))
                .row("y-axis label", text("exportYLabelField", viewModel.yLabelProperty()))
                .row("Legend", legend)
                .wide(print);
        ImageView preview = new ImageView();
        preview.setId("exportPreview");
        preview.setPreserveRatio(true);
        preview.setFitWidth(ExportViewModel.PREVIEW_WIDTH);
        preview.imageProperty()
                .bind(Bindings.createObjectBinding(
                        () -> viewModel.previewProperty().get() == null
                                ? null
                                : SwingFXUtils.toFXImage(
                                        viewModel.previewProperty().get(), null),
                        viewModel.previewProperty()));
        Label caption =
                Controls.styled(new Label("Preview: as it will be written (fonts and lines to scale)"), "muted");
        TextField file = Controls.tip(
                new TextField(), "The file to write; its extension sets the format: .png, " + ".svg, .pdf or .csv.");
        file.setId("exportFileField");
        file.setPrefColumnCount(26);
        Button browse = Controls.tip(new Button("Browse…"), "Pick the file and its format in a file chooser.");
        browse.setId("exportBrowseButton");
        browse.setOnAction(e -> chooseFile(browse.getScene().getWindow(), chart.getValue(), lastFolder)
                .ifPresent(path -> file.setText(path.toString())));
        chart.valueProperty().addListener((obs, old, now) -> file.setText(renamed(file.getText(), now)));
        Label fileError = Controls.styled(new Label(), "field-error");
        fileError.setId("exportFileError");
        fileError.setWrapText(true);
        fileError.textProperty().bind(viewModel.fileErrorProperty());
        fileError.visibleProperty().bind(viewModel.fileErrorProperty().isNotEmpty());
        fileError.managedProperty().bind(fileError.visibleProperty());
        viewModel
                .fileErrorProperty()
                .addListener((obs, old, now) ->
                        file.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("invalid"), !now.isEmpty()));
        form.row("File", new VBox(4, new HBox(6, file, browse), fileError));
        HBox content = new HBox(16, form, new VBox(6, caption, preview));
        chart.getSelectionModel().selectFirst();
        file.setText(ExportViewModel.defaultFolder(lastFolder.folderProperty().get())
                .resolve(chart.getValue().fileStem() + ".png")
                .toString());

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Export chart");
        dialog.setHeaderText("Export a figure as PNG, SVG, PDF or CSV");
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Controls.tip(
                (Button) dialog.getDialogPane().lookupButton(ButtonType.OK),
                "Write the figure to the file " + "named above.");
        Controls.tip((Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL), "Close without exporting.");
        // a bad file name or size keeps the dialog open with the field marked, nothing typed is lost
        dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION, e -> {
            if (viewModel.problem(file.getText()).isPresent()) {
                e.consume();
            }
        });
        Optional<ButtonType> answer = dialog.showAndWait();
        if (answer.isEmpty() || answer.get() != ButtonType.OK) {
            return;
        }
        viewModel.exportTo(chart.getValue(), file.getText()).ifPresent(path -> lastFolder.remember(path.toFile()));
    }

    /** {@code text} with its file name's stem replaced by {@code chart}'s, keeping the folder and extension. */
    private static String renamed(String text, NamedChart chart) {
        if (chart == null || text == null || text.isBlank()) {
            return text;
        }
        int slash = Math.max(text.lastIndexOf('/'), text.lastIndexOf(File.separatorChar));
        int dot = text.lastIndexOf('.');
        String extension = dot > slash ? text.substring(dot) : ".png";
        return text.substring(0, slash + 1) + chart.fileStem() + extension;
    }

    private static String percent(Double scale) {
        return Math.round(100 * scale) + " %";
    }

    private static TextField text(String id, StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText("as on screen");
        field.textProperty().bindBidirectional(property);
        return Controls.tip(field, "Leave empty to keep the text shown on screen.");
    }

    private static Optional<Path> chooseFile(Window owner, NamedChart chart, LastFolder lastFolder) {
        FileChooser chooser = lastFolder.start(new FileChooser(), null);
        chooser.setTitle("Export " + chart.title());
        for (ExportFormat format : ExportFormat.values()) {
            chooser.getExtensionFilters()
                    .add(new FileChooser.ExtensionFilter(
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
