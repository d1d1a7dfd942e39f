package io.phasescope.app.gui.common;

import io.phasescope.render.ChartTheme;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

/**
 * The looks: a palette stylesheet from the assets module, the base stylesheet, optional overrides, and the
 * matching chart theme. Presenter mode is high-contrast light with large type, for projectors. It names no JavaFX
 * type, but its stylesheets are JavaFX CSS for the window's scene, so it belongs to the GUI (the one exception the
 * architecture test allows there).
 */
public enum Theme {
    LIGHT("light.css", ChartTheme.LIGHT),
    DARK("dark.css", ChartTheme.DARK),
    PRESENTER("light.css", ChartTheme.PRESENTER, "presenter.css");

    private static final String CSS_FOLDER = "/io/phasescope/assets/css/";
    private static final String BASE = "base.css";

    private final String paletteFile;
    private final ChartTheme chartTheme;
    private final List<String> overrides;

    Theme(String paletteFile, ChartTheme chartTheme, String... overrides) {
        this.paletteFile = paletteFile;
        this.chartTheme = chartTheme;
        this.overrides = List.of(overrides);
    }

    /**
     * The stylesheet URLs to put on a scene: palette first (it defines the colours the base uses), then the base,
     * then the overrides.
     */
    public List<String> stylesheets() {
        List<String> sheets = new ArrayList<>(List.of(resource(paletteFile), resource(BASE)));
        overrides.forEach(file -> sheets.add(resource(file)));
        return sheets;
    }

    public ChartTheme chartTheme() {
        return chartTheme;
    }

    private static String resource(String file) {
        URL url = Theme.class.getResource(CSS_FOLDER + file);
        if (url == null) {
            throw new IllegalStateException("stylesheet " + CSS_FOLDER + file
                    + " is missing from the classpath; is the phasescope-assets jar on it?");
        }
        return url.toExternalForm();
    }
}
