package io.phasescope.app.gui.library;

import io.phasescope.app.gui.controls.Controls;
import io.phasescope.app.gui.controls.FormGrid;
import io.phasescope.app.gui.controls.LastFolder;
import io.phasescope.app.library.LibraryModel;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/**
 * The model library: the list of models (their origin as a tooltip), "Load model folder…", "Remove", and
 * "Train minima": the paper network trained once per seed on an MNIST subset.
 */
public final class LibraryPane extends VBox {

    /** Held so that the view model lives as long as the pane: bidirectional bindings refer to it only weakly. */
    private final LibraryViewModel viewModel;

    public LibraryPane(LibraryViewModel viewModel, LastFolder lastFolder) {
        this.viewModel = viewModel;
        getStyleClass().add("settings-pane");
        ListView<LibraryModel> list = new ListView<>(viewModel.models());
        list.setId("libraryList");
        list.setPrefHeight(150);
        list.setPlaceholder(Controls.styled(
                new Label("No models yet: train one (Training tab, or Train minima below) or load a model folder."),
                "muted"));
        list.setCellFactory(view -> new ModelCell());
        list.getSelectionModel()
                .selectedItemProperty()
                .addListener((obs, old, now) -> viewModel.selectedProperty().set(now));
        viewModel
                .selectedProperty()
                .addListener((obs, old, now) -> list.getSelectionModel().select(now));

        Button load = new Button("Load model folder…");
        load.setId("loadModelButton");
        Controls.tip(
                load,
                "Add a model folder (model.zip and model.json, as train and sweep write them) to " + "the library.");
        load.setOnAction(e -> lastFolder
                .chooseFolder(getScene().getWindow(), "Model folder (model.zip and model.json)", null)
                .ifPresent(viewModel::load));
        Button remove = Controls.button(
                "removeModelButton",
                viewModel.removeCommand(),
                "Remove the selected model from the library (its files stay on disk).");
        FormGrid train = new FormGrid()
                .section("TRAIN MINIMA · PAPER NETWORK, MNIST")
                .field(
                        "Seeds",
                        "minimaSeedsField",
                        viewModel.seeds(),
                        "One minimum is trained per seed, two " + "at a time; e.g. 1, 2 or 1-4.")
                .field(
                        "Training images",
                        "minimaSubsetField",
                        viewModel.subset(),
                        "Training images per " + "minimum, a stratified subset; 0 = all 60,000.");
        Button trainButton = Controls.button(
                "trainMinimaButton",
                viewModel.trainMinimaCommand(),
                "Train the paper network once per seed and add each minimum to the library.");
        trainButton.getStyleClass().add("primary");
        Button cancel = Controls.button(
                "cancelMinimaButton",
                viewModel.cancelCommand(),
                "Stop training the minima; those finished stay in the library.");
        train.disableProperty().bind(viewModel.trainingProperty());
        getChildren()
                .addAll(
                        new FormGrid().section("MODEL LIBRARY").wide(list),
                        Controls.buttonRow(load, remove),
                        train,
                        Controls.buttonRow(trainButton, cancel));
    }

    /** A model's name, with where it came from as its tooltip. */
    private static final class ModelCell extends ListCell<LibraryModel> {
        @Override
        protected void updateItem(LibraryModel model, boolean empty) {
            super.updateItem(model, empty);
            setText(empty || model == null ? null : model.name());
            setTooltip(
                    empty || model == null
                            ? null
                            : new Tooltip(model.origin() + "\n" + model.spec().describe()));
        }
    }
}
