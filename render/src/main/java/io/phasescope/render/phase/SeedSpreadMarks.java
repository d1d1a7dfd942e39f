package io.phasescope.render.phase;

import io.phasescope.model.sweep.SeedSpread;
import io.phasescope.model.sweep.TransitionKind;
import io.phasescope.render.Palette;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * Marks the spread of each transition matched across seeds ({@link SeedSpread}) on a chart against λ: a band from
 * mean − spread to mean + spread behind the data, tagged on the top plot ("F1" for the first full transition, "P1"
 * for the first partial one), and a subtitle under the chart that lists "F1 mean ± spread" per band and says how
 * transitions were matched. Transitions seen on a single seed get no band (their own dashed line shows them).
 */
public final class SeedSpreadMarks {

    private static final double BAND_ALPHA = 0.18;

    private SeedSpreadMarks() {}

    /** Adds the bands to every plot of {@code chart} (a λ axis in {@code unit}), the labels to the first. */
    public static void addTo(JFreeChart chart, List<SeedSpread> spreads, LambdaUnit unit) {
        List<XYPlot> plots = chart.getPlot() instanceof CombinedDomainXYPlot combined
                ? combined.getSubplots()
                : List.of(chart.getXYPlot());
        List<String> entries = new ArrayList<>();
        for (SeedSpread s : spreads) {
            if (s.members().size() < 2) {
                continue;
            }
            Color paint = s.kind() == TransitionKind.PARTIAL ? Palette.REDDISH_PURPLE : Palette.BLUISH_GREEN;
            double low = unit.of(s.mean() - s.spread());
            double high = unit.of(s.mean() + s.spread());
            for (int i = 0; i < plots.size(); i++) {
                IntervalMarker band = new IntervalMarker(low, high, Palette.withAlpha(paint, BAND_ALPHA));
                band.setOutlinePaint(Palette.withAlpha(paint, 0.6));
                if (i == 0) {
                    band.setLabel(tag(s));
                    band.setLabelBackgroundColor(new Color(0, 0, 0, 0));
                    band.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 8));
                    band.setLabelAnchor(RectangleAnchor.TOP);
                    band.setLabelTextAnchor(TextAnchor.TOP_CENTER);
                }
                plots.get(i).addDomainMarker(band, Layer.BACKGROUND);
            }
            entries.add(String.format(
                    Locale.ROOT,
                    "%s %.4g ± %.2g (%d seeds)",
                    tag(s),
                    unit.of(s.mean()),
                    unit.of(s.spread()),
                    s.members().size()));
        }
        if (!entries.isEmpty()) {
            TextTitle note = new TextTitle(
                    "Bands: " + unit.symbol() + "c mean ± s.d. over seeds, transitions matched by order along the"
                            + " branch and kind. " + String.join(" · ", entries),
                    new Font(Font.SANS_SERIF, Font.PLAIN, 8));
            note.setPosition(RectangleEdge.BOTTOM);
            chart.addSubtitle(note);
        }
    }

    private static String tag(SeedSpread s) {
        // a variant's own spreads (overlaid sweeps that share seeds) carry its label
        return (s.variant().isEmpty() ? "" : s.variant() + " ")
                + (s.kind() == TransitionKind.PARTIAL ? "P" : "F")
                + s.ordinal();
    }
}
