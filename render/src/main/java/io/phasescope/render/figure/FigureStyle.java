package io.phasescope.render.figure;

import java.awt.Font;

/**
 * How a figure looks, beyond its data.
 *
 * @param serif serif type (Serif) rather than sans-serif (SansSerif)
 * @param fontScale factor on the chart theme's font sizes, 0.5 to 3 (1: 15 pt titles, 13 pt labels, 12 pt ticks)
 * @param lineScale factor on every series line width, 0.25 to 5
 * @param title the title, or null to keep the chart's; blank removes it
 * @param xLabel the horizontal axis label, or null to keep it
 * @param yLabel the vertical axis label (of a single plot), or null to keep it
 * @param legend where the legend goes
 * @param paper white background and dark text (else the chart's screen theme)
 */
public record FigureStyle(
        boolean serif,
        double fontScale,
        double lineScale,
        String title,
        String xLabel,
        String yLabel,
        LegendPlacement legend,
        boolean paper) {

    /** Sans-serif, sizes as on screen, the chart's own texts, legend at the bottom, paper colours. */
    public static final FigureStyle DEFAULT =
            new FigureStyle(false, 1, 1, null, null, null, LegendPlacement.BOTTOM, true);

    public FigureStyle {
        if (!(fontScale >= 0.5 && fontScale <= 3)) {
            throw new IllegalArgumentException("fontScale must be in [0.5, 3], was " + fontScale);
        }
        if (!(lineScale >= 0.25 && lineScale <= 5)) {
            throw new IllegalArgumentException("lineScale must be in [0.25, 5], was " + lineScale);
        }
        if (legend == null) {
            throw new IllegalArgumentException("legend placement must be given");
        }
    }

    /** The font family: {@link Font#SERIF} or {@link Font#SANS_SERIF}. */
    public String fontFamily() {
        return serif ? Font.SERIF : Font.SANS_SERIF;
    }
}
