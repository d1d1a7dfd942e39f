package io.phasescope.app.gui.landscape;

import io.phasescope.app.export.NamedChart;
import io.phasescope.app.gui.common.Theme;
import io.phasescope.app.gui.controls.Controls;
import io.phasescope.app.gui.controls.LastFolder;
import io.phasescope.app.gui.controls.ReflowPane;
import io.phasescope.app.gui.library.LibraryPane;
import io.phasescope.app.gui.library.LibraryViewModel;
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
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The Landscape view: the model library and slice/path settings on the left; on the right a one-line summary,
 * the slice as a heat map or 3D surface beside the probed model, and the paths with their t slider below.
 */
public final class LandscapeView extends BorderPane {

    private static final String IDLE_HEADLINE = "Add models to the library (train, train minima, or load a folder),"
            + " pick θ₀: the slice computes by itself and sharpens. Click it to probe; compute paths to B below.";

    /** Held so that the view models live as long as the view: bidirectional bindings refer to them only weakly. */
    private final LandscapeViewModel viewModel;

    private final LibraryViewModel library;
    private final SliceChartPane slice;
    private final ProbePane probe;
    private final PathsPane paths;

    public LandscapeView(
            LandscapeViewModel viewModel,
            LibraryViewModel library,
            ObservableValue<Theme> theme,
            LastFolder lastFolder) {
        this.viewModel = viewModel;
        this.library = library;
        getStyleClass().add("landscape-view");
        ScrollPane sidebar = new ScrollPane(
                new VBox(new LibraryPane(library, lastFolder), new SliceSettingsPane(viewModel, lastFolder)));
        sidebar.setFitToWidth(true);
        sidebar.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        sidebar.getStyleClass().add("sidebar");
        setLeft(sidebar);

        Label headline = Controls.styled(new Label(), "headline");
        headline.setId("landscapeHeadline");
        headline.textProperty()
                .bind(Bindings.when(viewModel.slices().headlineProperty().isEmpty())
                        .then(IDLE_HEADLINE)
                        .otherwise(viewModel.slices().headlineProperty()));
        slice = new SliceChartPane(viewModel, theme.getValue().chartTheme());
        probe = new ProbePane(
                viewModel.probe().probeProperty(),
                viewModel.paths().modelAtTProperty(),
                viewModel,
                theme.getValue().chartTheme());
        paths = new PathsPane(viewModel, theme.getValue().chartTheme());
        theme.addListener((obs, old, now) -> {
            slice.setTheme(now.chartTheme());
            probe.setTheme(now.chartTheme());
            paths.setTheme(now.chartTheme());
        });
        TabPane views = new TabPane(tab("Heat map", slice), tab("3D surface", new SurfaceView(viewModel)));
        views.setId("sliceTabs");
        views.getStyleClass().add("chart-tabs");
        views.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        views.setMinSize(0, 0);

        ReflowPane top = new ReflowPane(new double[] {62, 38}, Controls.card(views), Controls.card(probe));
        top.getStyleClass().add("slice-row");
        VBox.setVgrow(top, Priority.ALWAYS);
        StackPane pathCard = Controls.card(paths);
        pathCard.getStyleClass().add("path-card");
        setCenter(Controls.mainArea(headline, top, pathCard));
    }

    /** The charts on screen, for export: each is read when exported, so it is the one shown then. */
    public List<NamedChart> charts() {
        return List.of(
                new NamedChart("Landscape slice", "landscape-slice", slice::chart),
                new NamedChart("Paths: E and error along t", "landscape-paths", paths::profilesChart),
                new NamedChart("Paths: test accuracy per class along t", "landscape-path-classes", paths::stripChart),
                new NamedChart("Probed model: test accuracy per class", "landscape-probe", probe::chart));
    }

    private static Tab tab(String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setClosable(false);
        return tab;
    }
}
