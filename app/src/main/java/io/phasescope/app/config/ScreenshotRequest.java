package io.phasescope.app.config;

import java.nio.file.Path;

/**
 * One view of the app to render to PNG by {@link Screenshot}.
 *
 * @param workspace the workspace file to open, or {@code null} for the bundled demo
 * @param tab the tab to show, or {@code null} for the one the lesson step opens (the Training tab without a step)
 * @param lessonStep the lesson step to open the lesson panel at, 1 to the number of steps, or 0 for no lesson
 * @param presenter presenter mode (large type, high contrast, settings hidden)
 * @param settingsHidden the settings sidebars hidden (View → Settings off)
 * @param dark the dark theme (presenter mode overrides it)
 * @param width the window width in px, 640 to 7680
 * @param height the window height in px, 480 to 4320
 * @param out the PNG file to write
 * @param study a study folder to open with File → Open study…, its window then rendered instead, or {@code null}
 */
public record ScreenshotRequest(
        Path workspace,
        Tab tab,
        int lessonStep,
        boolean presenter,
        boolean settingsHidden,
        boolean dark,
        int width,
        int height,
        Path out,
        Path study) {

    /** The smallest window rendered, in px. */
    public static final int MIN_WIDTH = 640;

    public static final int MIN_HEIGHT = 480;
    /** The largest window rendered (8K), in px. */
    public static final int MAX_WIDTH = 7680;

    public static final int MAX_HEIGHT = 4320;

    /** The main window's tabs, by the id of their {@code Tab}. */
    public enum Tab {
        TRAINING("trainingTab"),
        PHASE("phaseTab"),
        LANDSCAPE("landscapeTab"),
        CURVATURE("curvatureTab");

        private final String id;

        Tab(String id) {
            this.id = id;
        }

        /** The id of the tab in the main window. */
        public String id() {
            return id;
        }
    }

    public ScreenshotRequest {
        if (lessonStep < 0) {
            throw new IllegalArgumentException("lessonStep must be 0 (none) or a step from 1, not " + lessonStep);
        }
        if (width < MIN_WIDTH || width > MAX_WIDTH || height < MIN_HEIGHT || height > MAX_HEIGHT) {
            throw new IllegalArgumentException("size must be between " + MIN_WIDTH + "×" + MIN_HEIGHT + " and "
                    + MAX_WIDTH + "×" + MAX_HEIGHT + " px, not " + width + "×" + height);
        }
        if (out == null) {
            throw new IllegalArgumentException("out must be given");
        }
    }
}
