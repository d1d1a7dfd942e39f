package io.phasescope.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/**
 * The main window opened at 1400 × 900 px whatever the screen, so on a 1280 × 800 laptop or a 1280 × 720 projector
 * without a window manager that shrinks it, its left and right edges were off the screen.
 */
class WindowBoundsTest {

    @Test
    void onALargeScreenTheWindowHasItsDesignSizeCentred() {
        WindowBounds bounds = WindowBounds.within(new Rectangle2D(0, 0, 1920, 1080));

        assertThat(bounds).isEqualTo(new WindowBounds(260, 90, 1400, 900));
    }

    @Test
    void onASmallScreenTheWindowFillsItsVisualBoundsAndNoMore() {
        Rectangle2D belowAPanel = new Rectangle2D(0, 27, 1280, 693);

        WindowBounds bounds = WindowBounds.within(belowAPanel);

        assertThat(bounds).isEqualTo(new WindowBounds(0, 27, 1280, 693));
    }

    @Test
    void aSecondScreenKeepsItsOffset() {
        WindowBounds bounds = WindowBounds.within(new Rectangle2D(1920, 0, 1280, 1024));

        assertThat(bounds).isEqualTo(new WindowBounds(1920, 62, 1280, 900));
    }
}
