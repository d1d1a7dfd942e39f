package io.phasescope.app.gui.controls;

import java.util.List;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableDoubleProperty;
import javafx.css.StyleableProperty;
import javafx.css.converter.SizeConverter;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * Cards side by side that reflow rather than shrink: the children share one row (widths in proportion to their
 * weights) while each gets at least the cell minimum width; when the pane is narrower they wrap into as many equal
 * columns as fit, row after row, each row at least the cell minimum height. Its minimum height follows from its width
 * (horizontal content bias), so a scrolling main area ({@link Controls#mainArea}) scrolls down instead of squeezing.
 *
 * <p>CSS: {@code -ps-cell-min-width} and {@code -ps-cell-min-height} (px, default 320 × 240), {@code -ps-gap} (px,
 * default 12).
 */
public final class ReflowPane extends Pane {

    private static final CssMetaData<ReflowPane, Number> CELL_MIN_WIDTH =
            metaData("-ps-cell-min-width", 320, p -> p.cellMinWidth);
    private static final CssMetaData<ReflowPane, Number> CELL_MIN_HEIGHT =
            metaData("-ps-cell-min-height", 240, p -> p.cellMinHeight);
    private static final CssMetaData<ReflowPane, Number> GAP = metaData("-ps-gap", 12, p -> p.gap);
    private static final List<CssMetaData<? extends Styleable, ?>> CSS = List.of(CELL_MIN_WIDTH, CELL_MIN_HEIGHT, GAP);

    private final StyleableDoubleProperty cellMinWidth = property(CELL_MIN_WIDTH, "cellMinWidth");
    private final StyleableDoubleProperty cellMinHeight = property(CELL_MIN_HEIGHT, "cellMinHeight");
    private final StyleableDoubleProperty gap = property(GAP, "gap");
    private final double[] weights;

    /**
     * @param weights the relative width of each child while they share one row (positive)
     * @param children the cards, in reading order, one per weight
     */
    public ReflowPane(double[] weights, Node... children) {
        super(children);
        if (weights.length != children.length) {
            throw new IllegalArgumentException(weights.length + " weights for " + children.length + " children");
        }
        for (double w : weights) {
            if (!(w > 0)) {
                throw new IllegalArgumentException("weights must be positive, got " + w);
            }
        }
        this.weights = weights.clone();
        getStyleClass().add("reflow-pane");
    }

    /** How many columns a width of {@code width} px holds, from 1 to the number of children. */
    int columns(double width) {
        int n = getChildren().size();
        double inner = width - getInsets().getLeft() - getInsets().getRight();
        int fit = Math.max(1, Math.min(n, (int) Math.floor((inner + gap.get()) / (cellMinWidth.get() + gap.get()))));
        if (fit == n && n > 1) {
            // in one row the widths follow the weights: the narrowest card must still get its minimum
            double total = 0;
            double least = Double.MAX_VALUE;
            for (double w : weights) {
                total += w;
                least = Math.min(least, w);
            }
            if ((inner - (n - 1) * gap.get()) * least / total < cellMinWidth.get()) {
                fit = n - 1;
            }
        }
        return fit;
    }

    private int rows(int columns) {
        return (getChildren().size() + columns - 1) / columns;
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        return cellMinWidth.get() + getInsets().getLeft() + getInsets().getRight();
    }

    @Override
    protected double computeMinHeight(double width) {
        int rows = rows(columns(width < 0 ? Double.MAX_VALUE : width));
        return rows * cellMinHeight.get()
                + (rows - 1) * gap.get()
                + getInsets().getTop()
                + getInsets().getBottom();
    }

    @Override
    protected double computePrefHeight(double width) {
        return computeMinHeight(width);
    }

    @Override
    protected double computePrefWidth(double height) {
        return getChildren().size() * (cellMinWidth.get() + gap.get()) - gap.get();
    }

    @Override
    protected void layoutChildren() {
        List<Node> children = getManagedChildren();
        double x0 = getInsets().getLeft();
        double y0 = getInsets().getTop();
        double width = getWidth() - x0 - getInsets().getRight();
        double height = getHeight() - y0 - getInsets().getBottom();
        int columns = columns(getWidth());
        int rows = rows(columns);
        double g = gap.get();
        double rowHeight = Math.max(cellMinHeight.get(), (height - (rows - 1) * g) / rows);
        if (columns == children.size()) {
            double total = 0;
            for (double w : weights) {
                total += w;
            }
            double free = width - (columns - 1) * g;
            double x = x0;
            for (int i = 0; i < children.size(); i++) {
                double w = free * weights[i] / total;
                children.get(i).resizeRelocate(snapPositionX(x), y0, snapSizeX(w), snapSizeY(rowHeight));
                x += w + g;
            }
            return;
        }
        double columnWidth = (width - (columns - 1) * g) / columns;
        for (int i = 0; i < children.size(); i++) {
            int row = i / columns;
            int column = i % columns;
            // the last row's cards share its whole width
            int inRow = Math.min(columns, children.size() - row * columns);
            double w = inRow == columns ? columnWidth : (width - (inRow - 1) * g) / inRow;
            children.get(i)
                    .resizeRelocate(
                            snapPositionX(x0 + column * (w + g)),
                            snapPositionY(y0 + row * (rowHeight + g)),
                            snapSizeX(w),
                            snapSizeY(rowHeight));
        }
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS;
    }

    private StyleableDoubleProperty property(CssMetaData<ReflowPane, Number> meta, String name) {
        return new StyleableDoubleProperty(meta.getInitialValue(this).doubleValue()) {
            @Override
            protected void invalidated() {
                requestLayout();
            }

            @Override
            public Object getBean() {
                return ReflowPane.this;
            }

            @Override
            public String getName() {
                return name;
            }

            @Override
            public CssMetaData<ReflowPane, Number> getCssMetaData() {
                return meta;
            }
        };
    }

    private static CssMetaData<ReflowPane, Number> metaData(
            String property, double initial, java.util.function.Function<ReflowPane, StyleableDoubleProperty> get) {
        return new CssMetaData<>(property, SizeConverter.getInstance(), initial) {
            @Override
            public boolean isSettable(ReflowPane pane) {
                return !get.apply(pane).isBound();
            }

            @Override
            @SuppressWarnings("unchecked")
            public StyleableProperty<Number> getStyleableProperty(ReflowPane pane) {
                return get.apply(pane);
            }
        };
    }
}
