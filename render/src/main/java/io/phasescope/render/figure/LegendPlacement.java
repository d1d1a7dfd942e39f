package io.phasescope.render.figure;

import org.jfree.chart.ui.RectangleEdge;

/** Where a figure's legend goes, or none. */
public enum LegendPlacement {
    BOTTOM(RectangleEdge.BOTTOM),
    RIGHT(RectangleEdge.RIGHT),
    TOP(RectangleEdge.TOP),
    NONE(null);

    private final RectangleEdge edge;

    LegendPlacement(RectangleEdge edge) {
        this.edge = edge;
    }

    /** The edge, null for {@link #NONE}. */
    RectangleEdge edge() {
        return edge;
    }
}
