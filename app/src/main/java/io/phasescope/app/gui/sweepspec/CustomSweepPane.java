package io.phasescope.app.gui.sweepspec;

import io.phasescope.app.gui.controls.Controls;
import io.phasescope.app.gui.controls.FormGrid;
import io.phasescope.app.gui.controls.LastFolder;
import io.phasescope.app.gui.sweepspec.SweepSpecForm.GridKind;
import io.phasescope.app.gui.sweepspec.SweepSpecForm.Network;
import io.phasescope.app.gui.training.TrainingFormRows;
import io.phasescope.model.sweep.SweepFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The custom sweep's form, below the Phase diagram's sweep settings while "Custom…" is chosen: the estimated wall
 * time first, then the Training tab's data, network and Adam rows ({@link TrainingFormRows}, ids prefixed
 * {@code spec}), the λ grid, until-trivial and θ_ref.
 */
public final class CustomSweepPane extends VBox {

    /**
     * @param lastFolder the folder choosers' memory, for θ_ref's "Choose folder…"
     * @param fallback where the folder chooser starts the first time, e.g. the sweeps folder
     */
    public CustomSweepPane(CustomSweep custom, LastFolder lastFolder, Path fallback) {
        getStyleClass().add("custom-sweep-pane");
        SweepSpecForm f = custom.form();
        TrainingFormRows rows = new TrainingFormRows(f.training(), "spec");
        FormGrid form = new FormGrid()
                .section("CUSTOM SWEEP · WALL TIME")
                .wide(label("wallTimeEstimate", "muted", custom.estimator().estimateProperty()))
                .section("DATA");
        rows.data(form).section("NETWORK").row("Network", networkChoice(f));
        rows.network(form).section("OPTIMIZER · ADAM");
        rows.optimizer(form)
                .section("λ GRID")
                .row(
                        "Spacing",
                        Controls.tip(
                                Controls.choice(
                                        "specGridKindChoice",
                                        List.of(GridKind.values()),
                                        f.gridKindProperty(),
                                        k -> k == GridKind.LOG ? "logarithmic" : "linear"),
                                "Linear: λ from START to STOP in steps of STEP. Logarithmic: COUNT values evenly"
                                        + " spaced in log λ, from START > 0 to STOP."))
                .field(
                        "λ values",
                        "specGridField",
                        f.grid(),
                        "START:STOP:STEP (linear, e.g. 0:0.05:0.0008) or START:STOP:COUNT (logarithmic, e.g."
                                + " 1e-4:0.1:25); weight decay β = 2λ.")
                .wide(Controls.check(
                        "specUntilTrivialCheck",
                        "Walk on until the trivial phase",
                        f.untilTrivialProperty(),
                        "The up branch goes on past the grid's end, with its step, until five points in a row are"
                                + " trivial (at most 10× the end); linear grids only."))
                .section("REFERENCE θ_REF")
                .field(
                        "θ_ref",
                        "specRefField",
                        f.ref(),
                        "The centre of the probe λ‖θ − θ_ref‖²: none (the origin), a model folder, or a sweep"
                                + " folder @ λ for its kept parameters nearest to λ, as sweep --ref.")
                .wide(refButton(f, lastFolder, fallback))
                .wide(label("refProblemLabel", "field-error", custom.estimator().problemProperty()));
        form.lookup("#specWidthsField")
                .disableProperty()
                .bind(f.networkProperty().isEqualTo(Network.CNN));
        form.lookup("#specActivationChoice")
                .disableProperty()
                .bind(f.networkProperty().isEqualTo(Network.CNN));
        form.lookup("#specUntilTrivialCheck")
                .disableProperty()
                .bind(f.gridKindProperty().isEqualTo(GridKind.LOG));
        getChildren().add(form);
    }

    private static javafx.scene.control.ChoiceBox<Network> networkChoice(SweepSpecForm f) {
        var box = Controls.choice(
                "specNetworkChoice",
                List.of(Network.values()),
                f.networkProperty(),
                n -> n == Network.CNN ? "patterns CNN" : "MLP");
        box.disableProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> !f.training().datasetProperty().get().kind().synthetic(),
                        f.training().datasetProperty()));
        return Controls.tip(
                box, "An MLP of the hidden widths and activation below, or (on the patterns) the paper's small CNN.");
    }

    private static Button refButton(SweepSpecForm f, LastFolder lastFolder, Path fallback) {
        Button choose = Controls.tip(
                new Button("Choose θ_ref folder…"),
                "Pick a model folder, or a sweep folder (then type the λ after the @).");
        choose.setId("specRefButton");
        choose.setMnemonicParsing(false); // θ_ref, not a mnemonic
        choose.setOnAction(e -> lastFolder
                .chooseFolder(choose.getScene().getWindow(), "θ_ref: a model folder or a sweep folder", fallback)
                .ifPresent(folder -> f.ref()
                        .setText(
                                Files.isRegularFile(folder.resolve(SweepFolder.MANIFEST))
                                        ? folder + "@"
                                        : folder.toString())));
        return choose;
    }

    private static Label label(String id, String style, ObservableStringValue text) {
        Label label = Controls.styled(new Label(), style);
        label.setId(id);
        label.setWrapText(true);
        label.textProperty().bind(text);
        if ("field-error".equals(style)) {
            label.visibleProperty().bind(label.textProperty().isNotEmpty());
            label.managedProperty().bind(label.visibleProperty());
        }
        return label;
    }
}
