package io.phasescope.app.gui.common;

import io.phasescope.render.ChartTheme;
import java.net.URL;
import java.util.List;

/** The light and dark looks: a stylesheet pair from the assets module and the matching chart theme. */
public enum Theme {
    LIGHT("light.css", ChartTheme.LIGHT),
    DARK("dark.css", ChartTheme.DARK);

    private static final String CSS_FOLDER = "/io/phasescope/assets/css/";
    private static final String BASE = "base.css";

    private final String paletteFile;
    private final ChartTheme chartTheme;

    Theme(String paletteFile, ChartTheme chartTheme) {
        this.paletteFile = paletteFile;
        this.chartTheme = chartTheme;
    }

    /** The stylesheet URLs to put on a scene, palette first (it defines the colours the base uses). */
    public List<String> stylesheets() {
        return List.of(resource(paletteFile), resource(BASE));
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
