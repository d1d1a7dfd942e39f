package io.phasescope.app.gui;

import javafx.geometry.Rectangle2D;

/**
 * Where the main window first opens, in screen pixels: its design size, {@value #WIDTH} × {@value #HEIGHT}, cut to the
 * screen's visual bounds (the screen less its panels) when those are smaller, and centred in them.
 *
 * @param x left edge
 * @param y top edge
 * @param width width, &gt; 0
 * @param height height, &gt; 0
 */
record WindowBounds(double x, double y, double width, double height) {

    /** The width the layout is designed for. */
    static final double WIDTH = 1400;
    /** The height the layout is designed for. */
    static final double HEIGHT = 900;

    /** The window's bounds on a screen whose visual bounds are {@code screen}. */
    static WindowBounds within(Rectangle2D screen) {
        double width = Math.min(WIDTH, screen.getWidth());
        double height = Math.min(HEIGHT, screen.getHeight());
        return new WindowBounds(
                screen.getMinX() + (screen.getWidth() - width) / 2,
                screen.getMinY() + (screen.getHeight() - height) / 2,
                width,
                height);
    }
}
