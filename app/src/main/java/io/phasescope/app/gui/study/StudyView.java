package io.phasescope.app.gui.study;

import io.phasescope.app.gui.controls.Controls;
import io.phasescope.app.gui.controls.FormGrid;
import io.phasescope.app.gui.controls.LinesBox;
import io.phasescope.app.study.StudyTables;
import io.phasescope.model.study.StudyFolder;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.event.ActionEvent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The study window's content: the study's title and any error on top; on the left its sweeps by variant, a check
 * each (its state as a pseudo-class: {@code :done}, {@code :submitted}, {@code :failed}; why a task failed in its
 * tooltip); on the right each variant's
 * λc as mean ± spread across seeds and the hierarchy comparison, a column per variant; the overlay and refresh
 * buttons below.
 */
public final class StudyView extends BorderPane {

    private static final String TASK_HELP = "Check to overlay this seed's sweep on the Phase diagram (it can be"
            + " overlaid once its sweep folder holds points).";

    private final StudyViewModel viewModel;
    private final VBox tasks = new VBox(4);
    private final GridPane hierarchy = new GridPane();
    private Stage stage;

    /** @param onOverlay runs after the overlay command, for example to show the Phase diagram */
    public StudyView(StudyViewModel viewModel, Runnable onOverlay) {
        this.viewModel = viewModel;
        getStyleClass().add("study-view");
        Label title = Controls.styled(new Label(), "headline");
        title.setId("studyTitle");
        title.setWrapText(true);
        title.textProperty().bind(viewModel.titleProperty());
        Label error = Controls.styled(new Label(), "field-error");
        error.setId("studyError");
        error.setWrapText(true);
        error.textProperty().bind(viewModel.errorProperty());
        error.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        Label following = Controls.styled(
                new Label("Following the study as it runs (checked every 2 s); its running sweeps, once overlaid,"
                        + " grow on the Phase diagram as their points arrive"),
                "muted");
        following.setWrapText(true);
        following.visibleProperty().bind(viewModel.followingProperty());
        following.managedProperty().bind(following.visibleProperty());
        setTop(Controls.styled(new VBox(4, title, error, following), "study-header"));

        tasks.setId("studyTasks");
        viewModel.groups().addListener((ListChangeListener<StudyViewModel.Group>) c -> showTasks());
        ScrollPane left = new ScrollPane(Controls.styled(tasks, "settings-pane"));
        left.setFitToWidth(true);
        left.getStyleClass().add("sidebar");
        setLeft(left);

        hierarchy.setId("studyHierarchy");
        hierarchy.getStyleClass().add("study-hierarchy");
        viewModel.hierarchyProperty().addListener((obs, old, table) -> showHierarchy(table));
        FormGrid results = new FormGrid()
                .section("λc ACROSS SEEDS, PER VARIANT")
                .wide(new LinesBox(
                        "studySpreadList", viewModel.spreadLines(), "No sweep of this study has finished yet."))
                .section("CLASSES LOST AT EACH LEVEL, VARIANTS SIDE BY SIDE")
                .wide(hierarchy);
        ScrollPane right = new ScrollPane(Controls.styled(results, "settings-pane"));
        right.setFitToWidth(true);
        setCenter(right);

        Button overlay = Controls.button(
                "overlayStudyButton",
                viewModel.overlayCommand(),
                "Show the checked sweeps on the Phase diagram, overlaid as seeds, with each transition's λc as mean ±"
                        + " spread.");
        overlay.addEventHandler(ActionEvent.ACTION, e -> onOverlay.run());
        Button refresh =
                Controls.button("refreshStudyButton", viewModel.refreshCommand(), "Read the study folder again now.");
        HBox buttons = Controls.buttonRow(overlay, refresh);
        setBottom(Controls.styled(buttons, "study-buttons"));
        showTasks();
        showHierarchy(viewModel.hierarchyProperty().get());
    }

    /**
     * Shows this view in its own window over {@code owner}, with {@code owner}'s stylesheets; closing the window stops
     * following the study.
     */
    public void show(Window owner) {
        if (stage == null) {
            stage = new Stage();
            stage.initOwner(owner);
            stage.setTitle("Study");
            Scene scene = new Scene(this, 1000, 640);
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            owner.getScene().getStylesheets().addListener((ListChangeListener<String>)
                    c -> scene.getStylesheets().setAll(owner.getScene().getStylesheets()));
            stage.setScene(scene);
            stage.setOnHidden(e -> viewModel.close());
        }
        stage.show();
        stage.toFront();
    }

    private void showTasks() {
        tasks.getChildren().clear();
        for (StudyViewModel.Group group : viewModel.groups()) {
            Label variant = Controls.styled(new Label(group.label()), "section-title");
            variant.setWrapText(true);
            tasks.getChildren().add(variant);
            for (StudyTaskRow row : group.tasks()) {
                tasks.getChildren().add(taskCheck(row));
            }
        }
    }

    private static CheckBox taskCheck(StudyTaskRow row) {
        CheckBox box = Controls.check("studyTask-" + row.id(), "", row.checkedProperty(), TASK_HELP);
        box.disableProperty().bind(row.startedProperty().not());
        box.getTooltip()
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> row.errorProperty().get().isEmpty()
                                ? TASK_HELP
                                : "Failed: " + row.errorProperty().get() + "\n" + TASK_HELP,
                        row.errorProperty()));
        Runnable state = () -> {
            StudyFolder.State now = row.stateProperty().get();
            box.setText("seed " + row.seed() + " · " + now.name().toLowerCase(Locale.ROOT));
            for (StudyFolder.State s : StudyFolder.State.values()) {
                box.pseudoClassStateChanged(PseudoClass.getPseudoClass(s.name().toLowerCase(Locale.ROOT)), s == now);
            }
        };
        row.stateProperty().addListener((obs, old, now) -> state.run());
        state.run();
        return box;
    }

    private void showHierarchy(StudyTables.Hierarchy table) {
        hierarchy.getChildren().clear();
        List<String> columns = table.columns();
        for (int c = 0; c < columns.size(); c++) {
            // a variant's fields one per line, each whole: the table scrolls sideways rather than cut a header
            Label header = Controls.styled(new Label(columns.get(c).replace(", ", "\n")), "section-title");
            header.setMinWidth(Region.USE_PREF_SIZE);
            hierarchy.add(header, c, 0);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            List<String> row = table.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                Label cell = new Label(row.get(c));
                if (c == 0) {
                    cell.setMinWidth(Region.USE_PREF_SIZE); // the level's name
                } else {
                    cell.setWrapText(true);
                    GridPane.setHgrow(cell, Priority.SOMETIMES);
                }
                hierarchy.add(cell, c, r + 1);
            }
        }
    }
}
