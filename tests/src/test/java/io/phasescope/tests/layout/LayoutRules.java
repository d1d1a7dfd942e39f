package io.phasescope.tests.layout;

import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.Slider;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.PlotRenderingInfo;

/**
 * What a layout must hold, checked on a live scene graph:
 * <ul>
 * <li>every visible chart's data area is at least {@link #MIN_WIDTH} × {@link #MIN_HEIGHT} px, and none of its
 *     subplots (stacked panels, small multiples) has collapsed below {@link #MIN_CELL_WIDTH} ×
 *     {@link #MIN_CELL_HEIGHT} px;
 * <li>no two strings a chart draws (title, axis labels, tick labels, legend items) intersect;
 * <li>no visible header, title or button ({@code Labeled}) shows its text cut with an ellipsis;
 * <li>no slider outside the settings sidebars (the λ and t scrubbers) is narrower than {@link #MIN_SLIDER_WIDTH}
 *     px.
 * </ul>
 */
final class LayoutRules {

    static final double MIN_WIDTH = 160;
    static final double MIN_HEIGHT = 100;
    static final double MIN_CELL_WIDTH = 48;
    static final double MIN_CELL_HEIGHT = 36;
    static final double MIN_SLIDER_WIDTH = 200;
    /** Strings may touch by this much (px) in each direction: anti-aliased edges, not collisions. */
    private static final double TOUCH = 1.5;

    private LayoutRules() {}

    /** Adds what breaks the rules under {@code root} to {@code findings}, each prefixed with {@code where}. */
    static int check(Parent root, String where, List<String> findings) {
        int[] charts = {0};
        walk(root, where, findings, charts);
        return charts[0];
    }

    /** Whether {@code node} and all its ancestors are visible. */
    static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static void walk(Node node, String where, List<String> findings, int[] charts) {
        if (!node.isVisible() || node instanceof Region region && region.getWidth() <= 0) {
            return; // hidden, or folded away (the settings sidebar when hidden)
        }
        if (node instanceof ChartViewer viewer) {
            charts[0]++;
            chart(viewer, where, findings);
            return;
        }
        if (node instanceof IndexedCell<?> || node instanceof ChoiceBox<?> || node instanceof ComboBoxBase<?>) {
            return; // list rows and the value shown in a choice may be cut: the full text is one click away
        }
        if (node instanceof Labeled labeled) {
            label(labeled, where, findings);
        }
        if (node.getStyleClass().contains("card") && node instanceof Region card) {
            spill(card, where, findings);
        }
        if (node instanceof Slider slider && slider.getWidth() < MIN_SLIDER_WIDTH && !inSidebar(slider)) {
            findings.add(where + " slider " + (slider.getId() == null ? "" : "#" + slider.getId()) + " is "
                    + Math.round(slider.getWidth()) + " px wide, under " + MIN_SLIDER_WIDTH);
            return;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, where, findings, charts);
            }
        }
    }

    /** A card's content must stay inside it: spilled over a neighbour, it hides it and takes its clicks. */
    private static void spill(Region card, String where, List<String> findings) {
        for (Node content : card.getChildrenUnmodifiable()) {
            var bounds = content.getBoundsInParent();
            if (content.isVisible() && (bounds.getMinY() < -1 || bounds.getMaxY() > card.getHeight() + 1)) {
                findings.add(where + " a card's content (" + content.getClass().getSimpleName() + ") spills out of it: "
                        + Math.round(bounds.getHeight()) + " px tall in a card of " + Math.round(card.getHeight()));
            }
        }
    }

    private static boolean inSidebar(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getStyleClass().contains("sidebar")) {
                return true;
            }
        }
        return false;
    }

    private static void chart(ChartViewer viewer, String where, List<String> findings) {
        double width = viewer.getWidth();
        double height = viewer.getHeight();
        String name = where + " chart " + (viewer.getId() != null ? "#" + viewer.getId() : "") + " '"
                + (viewer.getChart().getTitle() == null
                        ? ""
                        : viewer.getChart().getTitle().getText()) + "'";
        if (width < 1 || height < 1) {
            findings.add(name + ": collapsed to " + size(width, height));
            return;
        }
        TextRecorder.Drawing drawing = TextRecorder.draw(viewer.getChart(), width, height);
        ChartRenderingInfo info = drawing.info();
        Rectangle2D data = info.getPlotInfo().getDataArea();
        if (data.getWidth() < MIN_WIDTH || data.getHeight() < MIN_HEIGHT) {
            findings.add(name + ": data area " + size(data.getWidth(), data.getHeight()) + " < "
                    + size(MIN_WIDTH, MIN_HEIGHT) + " (chart " + size(width, height) + ")");
        }
        PlotRenderingInfo plot = info.getPlotInfo();
        for (int i = 0; i < plot.getSubplotCount(); i++) {
            Rectangle2D cell = plot.getSubplotInfo(i).getDataArea();
            if (cell.getWidth() < MIN_CELL_WIDTH || cell.getHeight() < MIN_CELL_HEIGHT) {
                findings.add(name + ": panel " + i + " data area " + size(cell.getWidth(), cell.getHeight()) + " < "
                        + size(MIN_CELL_WIDTH, MIN_CELL_HEIGHT));
            }
        }
        List<TextRecorder.DrawnText> texts = drawing.texts();
        for (int i = 0; i < texts.size(); i++) {
            for (int j = i + 1; j < texts.size(); j++) {
                Rectangle2D a = texts.get(i).bounds();
                Rectangle2D b = texts.get(j).bounds();
                Rectangle2D both = a.createIntersection(b);
                if (both.getWidth() > TOUCH && both.getHeight() > TOUCH) {
                    findings.add(name + ": '" + texts.get(i).text() + "' overlaps '"
                            + texts.get(j).text() + "'");
                }
            }
        }
    }

    private static void label(Labeled labeled, String where, List<String> findings) {
        String text = labeled.getText();
        if (text == null || text.isEmpty() || labeled.getWidth() <= 0) {
            return;
        }
        if (labeled.getTooltip() != null
                && labeled.getTooltip().getText() != null
                && labeled.getTooltip().getText().startsWith(text)) {
            return; // a shortened status (its first line) whose whole text is one hover away, as in the status bar
        }
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text shown && shown.getStyleClass().contains("text")) {
                String displayed = shown.getText();
                if (displayed != null && !displayed.equals(text) && displayed.contains(labeled.getEllipsisString())) {
                    findings.add(where + " " + labeled.getClass().getSimpleName()
                            + (labeled.getId() == null ? "" : " #" + labeled.getId()) + " shows '" + displayed
                            + "' for '" + text + "'");
                }
            }
        }
    }

    private static String size(double width, double height) {
        return String.format(Locale.ROOT, "%.0f×%.0f", width, height);
    }
}
