package io.phasescope.app.gui.training;

import io.phasescope.app.export.NamedChart;
import io.phasescope.app.gui.common.Theme;
import io.phasescope.app.gui.controls.Controls;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Training view: the form on the left, the headline, live charts and sample images on the right. */
public final class TrainingView extends BorderPane {

    private static final String IDLE_HEADLINE = "Choose the data, the network and λ, then press Train.";

    /** Held so that the view model lives as long as the view: bidirectional bindings refer to it only weakly. */
    private final TrainingViewModel viewModel;

    private final ChartsPane charts;

    public TrainingView(TrainingViewModel viewModel, ObservableValue<Theme> theme) {
        this.viewModel = viewModel;
        getStyleClass().add("training-view");
        ScrollPane sidebar = new ScrollPane(new SettingsPane(viewModel));
        sidebar.setFitToWidth(true);
        sidebar.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        sidebar.getStyleClass().add("sidebar");
        setLeft(sidebar);

        Label headline = Controls.styled(new Label(), "headline");
        headline.setId("headline");
        headline.textProperty()
                .bind(Bindings.when(viewModel.headlineProperty().isEmpty())
                        .then(IDLE_HEADLINE)
                        .otherwise(viewModel.headlineProperty()));
        charts = new ChartsPane(viewModel, theme.getValue().chartTheme());
        theme.addListener((obs, old, now) -> charts.setTheme(now.chartTheme()));
        VBox.setVgrow(charts, Priority.ALWAYS);
        setCenter(Controls.mainArea(headline, charts));
    }

    /** The charts on screen, for export. */
    public List<NamedChart> charts() {
        return charts.charts();
    }
}
