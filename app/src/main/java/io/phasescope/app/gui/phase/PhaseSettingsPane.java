package io.phasescope.app.gui.phase;

import io.phasescope.app.gui.controls.Controls;
import io.phasescope.app.gui.controls.FormGrid;
import io.phasescope.app.gui.controls.LastFolder;
import io.phasescope.app.gui.controls.LinesBox;
import io.phasescope.app.gui.sweepspec.CustomSweepPane;
import io.phasescope.app.phase.SweepChoice;
import io.phasescope.model.sweep.SweepMode;
import io.phasescope.render.phase.LambdaUnit;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The sweep settings (locked while a sweep runs), Run / Pause / Cancel, "Open sweep folder…", the λ-axis
 * unit, and the transitions and phases found so far.
 */
final class PhaseSettingsPane extends VBox {

    PhaseSettingsPane(PhaseViewModel viewModel, LastFolder lastFolder) {
        getStyleClass().add("settings-pane");
        FormGrid sweep = new FormGrid()
                .section("SWEEP")
                .row("Preset", presetChoice(viewModel))
                .wide(muted("sweepSummary", viewModel.settings().summaryProperty()))
                .row("Mode", modeChoice(viewModel))
                .field(
                        "Seeds",
                        "seedsField",
                        viewModel.settings().seeds(),
                        "One walk per seed, two at a time on two " + "cores; e.g. 1 or 1, 2, 3 or 1-4.")
                .wide(folderLabel(viewModel));
        sweep.disableProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> viewModel.run().stateProperty().get().isActive(),
                        viewModel.run().stateProperty()));
        FormGrid display = new FormGrid()
                .section("DISPLAY")
                .row("λ axis", unitChoice(viewModel))
                .section("TRANSITIONS")
                .wide(new LinesBox(
                        "transitionsList",
                        viewModel.shown().transitionLines(),
                        "None yet: they appear as the sweep finds jumps in ‖θ‖ and E."))
                .section("ACROSS SEEDS")
                .wide(new LinesBox(
                        "seedSpreadList",
                        viewModel.shown().seedSpreadLines(),
                        "One seed: add the sweep folders of other seeds (Add sweep…) to see each λc as mean ± spread."))
                .section("PHASES")
                .wide(new LinesBox("phasesList", viewModel.shown().phaseLines(), "None yet."));
        CustomSweepPane custom = new CustomSweepPane(
                viewModel.settings().custom(), lastFolder, viewModel.run().sweepsRoot());
        custom.visibleProperty()
                .bind(Bindings.createBooleanBinding(
                        viewModel.settings()::isCustomChosen,
                        viewModel.settings().choiceProperty()));
        custom.managedProperty().bind(custom.visibleProperty());
        custom.disableProperty().bind(sweep.disableProperty());
        getChildren()
                .addAll(
                        sweep,
                        buttons(viewModel),
                        custom,
                        openButton(viewModel, lastFolder),
                        addButton(viewModel, lastFolder),
                        display);
    }

    private static ChoiceBox<SweepChoice> presetChoice(PhaseViewModel viewModel) {
        ChoiceBox<SweepChoice> box = new ChoiceBox<>(viewModel.settings().choices());
        box.setId("presetChoice");
        Controls.tip(
                box,
                "The sweep to run: the paper's (hours), the Classroom preset (about 2 minutes), "
                        + "quick ones, and the networks and datasets of the extensions.");
        box.valueProperty().bindBidirectional(viewModel.settings().choiceProperty());
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private static ChoiceBox<SweepMode> modeChoice(PhaseViewModel viewModel) {
        ChoiceBox<SweepMode> box = new ChoiceBox<>();
        box.setId("modeChoice");
        Controls.tip(
                box,
                "up: λ rises from 0; down: it falls from the top; updown: both, warm-started, to "
                        + "show hysteresis; cold: every λ trained from scratch.");
        box.getItems().setAll(SweepMode.values());
        box.valueProperty().bindBidirectional(viewModel.settings().modeProperty());
        box.setMaxWidth(Double.MAX_VALUE);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(SweepMode mode) {
                if (mode == null) {
                    return "";
                }
                return switch (mode) {
                    case UP -> "up (λ rising)";
                    case DOWN -> "down (λ falling)";
                    case UPDOWN -> "up and down (hysteresis)";
                    case COLD -> "cold (each λ from scratch)";
                };
            }

            @Override
            public SweepMode fromString(String text) {
                return SweepMode.parse(text.split(" ")[0]);
            }
        });
        return box;
    }

    private static ChoiceBox<LambdaUnit> unitChoice(PhaseViewModel viewModel) {
        ChoiceBox<LambdaUnit> box = new ChoiceBox<>();
        box.setId("unitChoice");
        Controls.tip(
                box,
                "Label every λ axis and value as λ, the L2 strength, or as a framework's weight " + "decay β = 2λ.");
        box.getItems().setAll(LambdaUnit.values());
        box.valueProperty().bindBidirectional(viewModel.settings().unitProperty());
        box.setMaxWidth(Double.MAX_VALUE);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(LambdaUnit unit) {
                return unit == null ? "" : unit == LambdaUnit.LAMBDA ? "λ (L2 strength)" : "β = 2λ (weight decay)";
            }

            @Override
            public LambdaUnit fromString(String text) {
                return text.startsWith("β") ? LambdaUnit.BETA : LambdaUnit.LAMBDA;
            }
        });
        return box;
    }

    private static Label muted(String id, ObservableStringValue text) {
        Label label = Controls.styled(new Label(), "muted", "sweep-summary");
        label.setId(id);
        label.setWrapText(true);
        label.textProperty().bind(text);
        return label;
    }

    private static Label folderLabel(PhaseViewModel viewModel) {
        Label label = Controls.styled(new Label(), "muted", "sweep-folder");
        label.setId("sweepFolderLabel");
        label.setWrapText(true);
        label.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> {
                            if (viewModel.shown().folderProperty().get() == null) {
                                return "New sweeps go to " + viewModel.run().sweepsRoot();
                            }
                            // the folder's name on a line of its own, so that it never wraps inside the name
                            Path folder =
                                    viewModel.shown().folderProperty().get().toAbsolutePath();
                            return (viewModel.run().resumableProperty().get() ? "Resumable sweep " : "Sweep ")
                                    + folder.getFileName() + "\nin " + folder.getParent();
                        },
                        viewModel.shown().folderProperty(),
                        viewModel.run().resumableProperty()));
        return label;
    }

    private static HBox buttons(PhaseViewModel viewModel) {
        Button run = Controls.button(
                "runSweepButton",
                viewModel.run().runCommand(),
                "Run the sweep, or resume the open one where it stopped; every point is saved as it " + "lands.");
        run.getStyleClass().add("primary");
        Button pause = Controls.button(
                "pauseSweepButton",
                viewModel.run().pauseResumeCommand(),
                "Pause after the current minibatch, or resume.");
        Button cancel = Controls.button(
                "cancelSweepButton",
                viewModel.cancelCommand(),
                "Stop the sweep; the points so far stay in its folder and it can be resumed.");
        return Controls.fillRow(run, pause, cancel);
    }

    private static Button openButton(PhaseViewModel viewModel, LastFolder lastFolder) {
        Button open = new Button("Open sweep folder…");
        open.setId("openSweepButton");
        Controls.tip(open, "Open a sweep folder to view it, or to resume it.");
        open.setMaxWidth(Double.MAX_VALUE);
        open.disableProperty().bind(Bindings.not(viewModel.canOpenProperty()));
        open.setOnAction(e -> chooseFolder(open, viewModel, lastFolder));
        return open;
    }

    private static Button addButton(PhaseViewModel viewModel, LastFolder lastFolder) {
        Button add = new Button("Add sweep…");
        add.setId("addSweepButton");
        Controls.tip(
                add,
                "Add another sweep folder (other seeds of the same sweep) to the one shown: its points are"
                        + " overlaid, and each transition's λc is listed as mean ± spread across the seeds.");
        add.setMaxWidth(Double.MAX_VALUE);
        add.disableProperty()
                .bind(Bindings.not(viewModel.canOpenProperty())
                        .or(viewModel.shown().folderProperty().isNull()));
        add.setOnAction(e -> addFolder(add, viewModel, lastFolder));
        return add;
    }

    /** Asks for a sweep folder and adds it to the one shown, as further seeds. */
    static void addFolder(Node owner, PhaseViewModel viewModel, LastFolder lastFolder) {
        askFolder(owner, viewModel, lastFolder, "Add a sweep folder of other seeds", viewModel::addFolder);
    }

    /** Asks for a sweep folder and opens it. */
    static void chooseFolder(Node owner, PhaseViewModel viewModel, LastFolder lastFolder) {
        askFolder(owner, viewModel, lastFolder, "Open a sweep folder", viewModel::openFolder);
    }

    private static void askFolder(
            Node owner, PhaseViewModel viewModel, LastFolder lastFolder, String title, Consumer<Path> then) {
        lastFolder
                .chooseFolder(
                        owner.getScene().getWindow(),
                        title + " (with sweep.json)",
                        viewModel.run().sweepsRoot())
                .ifPresent(then);
    }
}
