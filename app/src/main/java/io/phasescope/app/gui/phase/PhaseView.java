package io.phasescope.app.gui.phase;

import io.phasescope.app.export.NamedChart;
import io.phasescope.app.gui.common.Command;
import io.phasescope.app.gui.common.Theme;
import io.phasescope.app.gui.controls.Controls;
import io.phasescope.app.gui.controls.LastFolder;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The Phase-diagram view: sweep settings, transitions and phases on the left; on the right the selected
 * point in one line, the phase-diagram charts, the λ slider and the model at the selected point.
 */
public final class PhaseView extends BorderPane {

    private static final String IDLE_HEADLINE =
            "Choose a sweep and press Run sweep, or open a sweep folder. The λ slider then scrubs through the models.";

    /** Held so that the view model lives as long as the view: bidirectional bindings refer to it only weakly. */
    private final PhaseViewModel viewModel;

    private final PhaseChartsPane charts;
    private final ModelPane model;
    private final LastFolder lastFolder;

    public PhaseView(
            PhaseViewModel viewModel, KeepModelViewModel keep, ObservableValue<Theme> theme, LastFolder lastFolder) {
        this.viewModel = viewModel;
        this.lastFolder = lastFolder;
        getStyleClass().add("phase-view");
        ScrollPane sidebar = new ScrollPane(new PhaseSettingsPane(viewModel, lastFolder));
        sidebar.setFitToWidth(true);
        sidebar.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        sidebar.getStyleClass().add("sidebar");
        setLeft(sidebar);

        Label headline = Controls.styled(new Label(), "headline");
        headline.setId("phaseHeadline");
        headline.textProperty()
                .bind(Bindings.when(viewModel.scrubber().headlineProperty().isEmpty())
                        .then(IDLE_HEADLINE)
                        .otherwise(viewModel.scrubber().headlineProperty()));
        charts = new PhaseChartsPane(viewModel, theme.getValue().chartTheme());
        model = new ModelPane(viewModel, keep, theme.getValue().chartTheme());
        theme.addListener((obs, old, now) -> {
            charts.setTheme(now.chartTheme());
            model.setTheme(now.chartTheme());
        });
        VBox.setVgrow(charts, Priority.ALWAYS);
        setCenter(Controls.mainArea(headline, charts, new LambdaScrubber(viewModel), model));
        addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
    }

    /** Space runs, pauses or resumes the sweep; left and right step λ by one grid point. Not while typing. */
    private void shortcut(KeyEvent event) {
        if (getScene() != null && getScene().getFocusOwner() instanceof TextInputControl) {
            return;
        }
        if (event.getCode() == KeyCode.SPACE) {
            Command command = viewModel.run().pauseResumeCommand().isExecutable()
                    ? viewModel.run().pauseResumeCommand()
                    : viewModel.run().runCommand();
            command.execute();
            event.consume();
        } else if ((event.getCode() == KeyCode.LEFT || event.getCode() == KeyCode.RIGHT)
                && viewModel.shown().gridSizeProperty().get() > 0) {
            double step = event.getCode() == KeyCode.LEFT ? -1 : 1;
            double next =
                    Math.rint(viewModel.scrubber().sliderPositionProperty().get()) + step;
            viewModel
                    .scrubber()
                    .sliderPositionProperty()
                    .set(Math.max(
                            0, Math.min(viewModel.shown().gridSizeProperty().get() - 1, next)));
            event.consume();
        }
    }

    /** The charts on screen, for export. */
    public List<NamedChart> charts() {
        List<NamedChart> all = new ArrayList<>(charts.charts());
        all.addAll(model.charts());
        return all;
    }

    /** Asks for a sweep folder and adds it to the one shown, as the "Add sweep…" button does. */
    public void addFolder() {
        PhaseSettingsPane.addFolder(this, viewModel, lastFolder);
    }

    /** Asks for a sweep folder and opens it, as the "Open sweep folder…" button does. */
    public void chooseFolder() {
        PhaseSettingsPane.chooseFolder(this, viewModel, lastFolder);
    }
}
