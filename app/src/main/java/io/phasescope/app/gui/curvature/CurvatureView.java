package io.phasescope.app.gui.curvature;

import io.phasescope.app.export.NamedChart;
import io.phasescope.app.gui.common.Theme;
import io.phasescope.app.gui.controls.Controls;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The Curvature view: spectra settings and the transition–saddle report on the left (hidden for the lesson); on
 * the right the sweep in one line above three tabs: the spectra along the sweep, the spectral density of one model,
 * and the toy-model lesson.
 */
public final class CurvatureView extends BorderPane {

    private static final String IDLE_HEADLINE = "Open or run a sweep in the Phase diagram tab: its spectra are "
            + "computed as its points land. The Toy models tab shows where saddles come from.";

    /** Held so that the view model lives as long as the view: bidirectional bindings refer to it only weakly. */
    private final CurvatureViewModel viewModel;

    private final SpectraPane spectra;
    private final DensityPane density;
    private final ToyLessonPane lesson;

    public CurvatureView(CurvatureViewModel viewModel, ObservableValue<Theme> theme) {
        this.viewModel = viewModel;
        getStyleClass().add("curvature-view");
        ScrollPane sidebar = new ScrollPane(new SpectraSettingsPane(viewModel));
        sidebar.setFitToWidth(true);
        sidebar.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        sidebar.getStyleClass().add("sidebar");
        setLeft(sidebar);

        Label headline = Controls.styled(new Label(), "headline");
        headline.setId("curvatureHeadline");
        headline.textProperty()
                .bind(Bindings.when(viewModel.summaryProperty().isEmpty())
                        .then(IDLE_HEADLINE)
                        .otherwise(viewModel.summaryProperty()));
        spectra = new SpectraPane(viewModel, theme.getValue().chartTheme());
        density = new DensityPane(viewModel, theme.getValue().chartTheme());
        lesson = new ToyLessonPane(viewModel.lesson(), theme.getValue().chartTheme());
        theme.addListener((obs, old, now) -> {
            spectra.setTheme(now.chartTheme());
            density.setTheme(now.chartTheme());
            lesson.setTheme(now.chartTheme());
        });
        Tab lessonTab = tab("Toy models (lesson)", lesson);
        TabPane tabs =
                new TabPane(tab("Spectra along the sweep", spectra), tab("Spectral density", density), lessonTab);
        // the lesson needs no sweep settings, and the room
        sidebar.visibleProperty().bind(lessonTab.selectedProperty().not());
        sidebar.managedProperty().bind(sidebar.visibleProperty());
        tabs.setId("curvatureTabs");
        tabs.getStyleClass().add("chart-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        setCenter(Controls.mainArea(headline, tabs));
    }

    /** The charts on screen, for export: each is read when exported, so it is the one shown then. */
    public List<NamedChart> charts() {
        return List.of(
                new NamedChart("Hessian spectrum along the sweep", "curvature-spectra", spectra::chart),
                new NamedChart("Trace of ∇²E along the sweep", "curvature-trace", spectra::traceChart),
                new NamedChart("Spectral density", "curvature-density", density::chart),
                new NamedChart("Toy model, depth 2: phase diagram", "toy-depth2", () -> lesson.diagramChart(2)),
                new NamedChart("Toy model, depth 3: phase diagram", "toy-depth3", () -> lesson.diagramChart(3)),
                new NamedChart(
                        "Toy model, depth 2: L_λ along the balanced direction",
                        "toy-depth2-profile",
                        () -> lesson.profileChart(2)),
                new NamedChart(
                        "Toy model, depth 3: L_λ along the balanced direction",
                        "toy-depth3-profile",
                        () -> lesson.profileChart(3)));
    }

    private static Tab tab(String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setClosable(false);
        return tab;
    }
}
