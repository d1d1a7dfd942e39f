package io.phasescope.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.event.PlotChangeEvent;
import org.jfree.chart.event.PlotChangeListener;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;

/**
 * Small multiples: independent {@link XYPlot}s, each with its own axes and a short title, laid out in a
 * grid of {@link #columns()} columns, filled row by row. {@link ChartStyler} styles every cell. A change
 * to any cell redraws the chart once.
 *
 * <p>The grid arranges the cells' axes itself: only the left column shows y tick labels, only the bottom row x tick
 * labels and the {@linkplain #setBottomLabel bottom label}. Every cell gets the same data area: the left column is
 * wider by the room its y axis takes, the bottom row taller by the room of its x axis. When the chart is narrow it
 * uses fewer columns (and more rows), so that cells stay about {@link #ASPECT} times as wide as high.
 */
public final class PlotGrid extends Plot implements PlotChangeListener, Serializable {

    private static final long serialVersionUID = 1L;
    private static final double GAP = 18;

    private final List<XYPlot> cells = new ArrayList<>();
    private final List<String> titles = new ArrayList<>();
    /** The width of a cell's data area over its height that the choice of columns aims at. */
    public static final double ASPECT = 1.4;

    private int columns;
    private String bottomLabel;
    private Font titleFont = new Font(Font.SANS_SERIF, Font.BOLD, 12);
    private Color titlePaint = Color.DARK_GRAY;
    private LegendItemCollection legendItems;

    /** An empty grid of {@code columns} columns (at least one). */
    public PlotGrid(int columns) {
        setColumns(columns);
    }

    /** Replaces the cells; {@code titles} has one entry per plot (empty for none). */
    public void setCells(List<XYPlot> plots, List<String> cellTitles) {
        if (plots.size() != cellTitles.size()) {
            throw new IllegalArgumentException(plots.size() + " plots but " + cellTitles.size() + " titles");
        }
        for (XYPlot old : cells) {
            old.removeChangeListener(this);
            old.setParent(null);
        }
        cells.clear();
        titles.clear();
        for (XYPlot plot : plots) {
            plot.setParent(this);
            plot.addChangeListener(this);
            cells.add(plot);
        }
        titles.addAll(cellTitles);
        arrange(Math.min(columns, Math.max(1, cells.size())));
        fireChangeEvent();
    }

    /** The cells, in reading order; change them only on the thread that owns the chart. */
    public List<XYPlot> cells() {
        return List.copyOf(cells);
    }

    /** The cell titles, in reading order. */
    public List<String> titles() {
        return List.copyOf(titles);
    }

    public int columns() {
        return columns;
    }

    public void setColumns(int newColumns) {
        if (newColumns < 1) {
            throw new IllegalArgumentException("a grid needs at least one column, got " + newColumns);
        }
        columns = newColumns;
        fireChangeEvent();
    }

    /** The x-axis title under the cells of the bottom row ({@code null}: none). */
    public void setBottomLabel(String label) {
        bottomLabel = label;
        arrange(Math.min(columns, Math.max(1, cells.size())));
        fireChangeEvent();
    }

    /** Shows tick labels on the left column (y) and the bottom row (x), without redrawing. */
    private void arrange(int cols) {
        int rows = (cells.size() + cols - 1) / cols;
        for (int i = 0; i < cells.size(); i++) {
            XYPlot cell = cells.get(i);
            boolean bottom = i / cols == rows - 1 || i + cols >= cells.size();
            cell.removeChangeListener(this);
            if (cell.getRangeAxis() != null) {
                cell.getRangeAxis().setTickLabelsVisible(i % cols == 0);
            }
            if (cell.getDomainAxis() != null) {
                cell.getDomainAxis().setTickLabelsVisible(bottom);
                cell.getDomainAxis().setLabel(bottom ? bottomLabel : null);
            }
            cell.addChangeListener(this);
        }
    }

    /** The number of columns, at most {@link #columns()}, whose cells come closest to {@link #ASPECT}. */
    private int columnsFor(Graphics2D g2, Rectangle2D area, double titleHeight, double gap) {
        int best = 1;
        double bestScore = -1;
        for (int cols = 1; cols <= Math.min(columns, cells.size()); cols++) {
            arrange(cols);
            double[] axes = axisRoom(g2, area, cols);
            int rows = (cells.size() + cols - 1) / cols;
            double width = (area.getWidth() - axes[0] - gap * (cols - 1)) / cols;
            double height = (area.getHeight() - axes[1] - gap * (rows - 1)) / rows - titleHeight;
            double score = Math.min(width, height * ASPECT);
            if (score >= bestScore) {
                best = cols;
                bestScore = score;
            }
        }
        arrange(best);
        return best;
    }

    /** The room the left column's y axis and the bottom row's x axis take, in px. */
    private double[] axisRoom(Graphics2D g2, Rectangle2D area, int cols) {
        int rows = (cells.size() + cols - 1) / cols;
        XYPlot corner = cells.get((rows - 1) * cols);
        double y = corner.getRangeAxis() == null
                ? 0
                : corner.getRangeAxis()
                        .reserveSpace(g2, corner, area, RectangleEdge.LEFT, null)
                        .getLeft();
        double x = corner.getDomainAxis() == null
                ? 0
                : corner.getDomainAxis()
                        .reserveSpace(g2, corner, area, RectangleEdge.BOTTOM, null)
                        .getBottom();
        return new double[] {y, x};
    }

    /** The font and colour of the cell titles. */
    public void setTitleStyle(Font font, Color paint) {
        titleFont = font;
        titlePaint = paint;
        fireChangeEvent();
    }

    public Color titlePaint() {
        return titlePaint;
    }

    /** Legend items for the whole grid (the cells show none of their own); {@code null} for no legend. */
    public void setLegendItems(LegendItemCollection items) {
        legendItems = items;
        fireChangeEvent();
    }

    @Override
    public LegendItemCollection getLegendItems() {
        return legendItems == null ? new LegendItemCollection() : legendItems;
    }

    @Override
    public String getPlotType() {
        return "Plot grid";
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, PlotState parentState, PlotRenderingInfo info) {
        if (info != null) {
            info.setPlotArea(area);
        }
        Rectangle2D inner = (Rectangle2D) area.clone();
        getInsets().trim(inner);
        if (info != null) {
            info.setDataArea(inner);
        }
        drawBackground(g2, inner);
        if (cells.isEmpty()) {
            drawNoDataMessage(g2, inner);
            return;
        }
        g2.setFont(titleFont);
        FontMetrics metrics = g2.getFontMetrics();
        // room below the title, so that the cell's top tick label does not touch it
        double titleHeight = metrics.getHeight() + 6;
        // wide enough for the end tick labels of two neighbouring cells, whatever the tick font
        XYPlot first = cells.get(0);
        double gap = first.getDomainAxis() == null
                ? GAP
                : Math.max(GAP, first.getDomainAxis().getTickLabelFont().getSize2D() * 2.5);
        int cols = columnsFor(g2, inner, titleHeight, gap);
        int rows = (cells.size() + cols - 1) / cols;
        double[] axes = axisRoom(g2, inner, cols);
        double yAxis = axes[0];
        double xAxis = axes[1];
        double width = (inner.getWidth() - yAxis - gap * (cols - 1)) / cols;
        double height = (inner.getHeight() - xAxis - gap * (rows - 1)) / rows;
        for (int i = 0; i < cells.size(); i++) {
            int column = i % cols;
            boolean bottom = i / cols == rows - 1 || i + cols >= cells.size();
            double x = inner.getX() + (column == 0 ? 0 : yAxis + column * (width + gap));
            double y = inner.getY() + (i / cols) * (height + gap);
            double cellWidth = column == 0 ? width + yAxis : width;
            double cellHeight = bottom ? height + xAxis : height;
            String title = titles.get(i);
            double top = 0;
            if (!title.isEmpty()) {
                g2.setFont(titleFont);
                g2.setPaint(titlePaint);
                float textX = (float) (x + cellWidth - width + (width - metrics.stringWidth(title)) / 2);
                g2.drawString(title, textX, (float) (y + metrics.getAscent()));
                top = titleHeight;
            }
            Rectangle2D cell = new Rectangle2D.Double(x, y + top, cellWidth, Math.max(1, cellHeight - top));
            PlotRenderingInfo cellInfo = null;
            if (info != null) {
                cellInfo = new PlotRenderingInfo(info.getOwner());
                info.addSubplotInfo(cellInfo);
            }
            cells.get(i).draw(g2, cell, anchor, parentState, cellInfo);
        }
    }

    @Override
    public void plotChanged(PlotChangeEvent event) {
        fireChangeEvent();
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        for (XYPlot cell : cells) {
            cell.addChangeListener(this);
        }
    }
}
