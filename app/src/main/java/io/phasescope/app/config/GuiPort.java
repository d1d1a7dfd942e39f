package io.phasescope.app.config;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

/**
 * What the command line may ask of the desktop GUI, without depending on it: open the app, or render one of its
 * views to PNG. {@code Main} hands the GUI's implementation to the command line.
 */
public interface GuiPort {

    /** Opens the app and returns when it closes. */
    void launch(GuiConfig config);

    /**
     * Renders the view {@code request} names headless to its PNG file.
     *
     * @throws TimeoutException when the view has not settled within {@code timeout}
     */
    void screenshot(GuiConfig config, ScreenshotRequest request, Duration timeout)
            throws IOException, TimeoutException, InterruptedException;

    /** A port for command lines without the GUI (tests, tools): both calls fail with a clear message. */
    static GuiPort none() {
        return new GuiPort() {
            @Override
            public void launch(GuiConfig config) {
                throw new IllegalStateException("this command line cannot open the app; run ./phasescope");
            }

            @Override
            public void screenshot(GuiConfig config, ScreenshotRequest request, Duration timeout) {
                throw new IllegalStateException("this command line cannot draw the app; run ./phasescope");
            }
        };
    }
}
