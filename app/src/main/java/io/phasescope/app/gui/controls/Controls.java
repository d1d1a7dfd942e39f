package io.phasescope.app.gui.controls;

import io.phasescope.app.gui.common.Command;
import io.phasescope.app.gui.common.GraphicsStateReset;
import io.phasescope.app.gui.form.ValidatedField;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.Property;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/** Small factories and bindings that connect controls to view-model objects. */
public final class Controls {

    private static final double TOOLTIP_WIDTH = 380;
    private static final Duration TOOLTIP_DELAY = Duration.millis(450);

    /** Set on a text field whose text does not parse. */
    public static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private Controls() {}

    /** Binds a button's label, enabled state and action to {@code command}. */
    public static <B extends ButtonBase> B bind(B button, Command command) {
        button.textProperty().bind(command.labelProperty());
        button.disableProperty().bind(Bindings.not(command.executableProperty()));
        button.setOnAction(e -> command.execute());
        return button;
    }

    /** A button with id {@code id} bound to {@code command} (label, enabled state, action), {@code help} its tooltip. */
    public static Button button(String id, Command command, String help) {
        Button button = tip(bind(new Button(), command), help);
        button.setId(id);
        button.setMinWidth(Button.USE_PREF_SIZE); // a button's label is never cut
        return button;
    }

    /** Binds a menu item's label, enabled state and action to {@code command}. */
    public static MenuItem bind(MenuItem item, Command command) {
        item.textProperty().bind(command.labelProperty());
        item.disableProperty().bind(Bindings.not(command.executableProperty()));
        item.setOnAction(e -> command.execute());
        return item;
    }

    /** Gives {@code control} a tooltip of {@code text}: what it does, in a sentence or two. */
    public static <C extends Control> C tip(C control, String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a tooltip needs text, was '" + text + "'");
        }
        control.setTooltip(tooltip());
        control.getTooltip().setText(text);
        return control;
    }

    private static Tooltip tooltip() {
        Tooltip tooltip = new Tooltip();
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(TOOLTIP_WIDTH);
        tooltip.setShowDelay(TOOLTIP_DELAY);
        return tooltip;
    }

    /**
     * A text field bound both ways to {@code field}'s text, committing on Enter and focus loss, with {@code help}
     * as its tooltip; marked {@code :invalid}, the error replacing the help, while the text does not parse.
     */
    public static TextField textField(String id, ValidatedField<?> field, String help) {
        if (help == null || help.isBlank()) {
            throw new IllegalArgumentException("field " + id + " needs a help text, was '" + help + "'");
        }
        TextField text = new TextField();
        text.setId(id);
        text.textProperty().bindBidirectional(field.textProperty());
        text.setOnAction(e -> field.commit());
        text.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                field.commit();
            }
        });
        Tooltip tooltip = tooltip();
        tooltip.textProperty()
                .bind(Bindings.when(field.validProperty()).then(help).otherwise(field.errorProperty()));
        text.setTooltip(tooltip);
        field.validProperty().addListener((obs, was, valid) -> text.pseudoClassStateChanged(INVALID, !valid));
        return text;
    }

    /** A label that shows {@code field}'s error and takes no space while there is none. */
    public static Label errorLabel(ValidatedField<?> field) {
        Label label = new Label();
        label.getStyleClass().add("field-error");
        label.setWrapText(true);
        label.textProperty().bind(field.errorProperty());
        label.visibleProperty().bind(field.validProperty().not());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    /** A node with {@code styleClass} added, for chaining in layout code. */
    public static <N extends Node> N styled(N node, String... styleClass) {
        node.getStyleClass().addAll(styleClass);
        return node;
    }

    /** A chart viewer with a stable id for tests, free to shrink with its card, with a copy context menu. */
    public static ChartViewer chartViewer(String id, JFreeChart chart) {
        ChartViewer viewer = new ChartViewer(chart, false);
        viewer.getCanvas().addOverlay(new GraphicsStateReset());
        ChartClipboard.install(viewer);
        viewer.setId(id);
        viewer.setMinSize(0, 0);
        return viewer;
    }

    /** A check box with id {@code id} and tooltip {@code help}, bound both ways to {@code value}. */
    public static CheckBox check(String id, String text, Property<Boolean> value, String help) {
        CheckBox box = tip(new CheckBox(text), help);
        box.setId(id);
        box.selectedProperty().bindBidirectional(value);
        return box;
    }

    /** A choice box with id {@code id} over {@code items}, its value bound both ways to {@code value}. */
    public static <T> ChoiceBox<T> choice(String id, ObservableList<T> items, Property<T> value) {
        ChoiceBox<T> box = new ChoiceBox<>(items);
        box.setId(id);
        box.valueProperty().bindBidirectional(value);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    /** A choice box with id {@code id} (may be null) over {@code values}, shown as {@code text}, bound both ways. */
    public static <T> ChoiceBox<T> choice(String id, List<T> values, Property<T> value, Function<T, String> text) {
        ChoiceBox<T> box = choice(id, FXCollections.observableArrayList(values), value);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : text.apply(item);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("choices are picked, not typed");
            }
        });
        return box;
    }

    /** Gives {@code grid} columns of the given widths (percent) and one row that fills its height. */
    public static GridPane fillGrid(GridPane grid, double... columnPercents) {
        return percentGrid(grid, columnPercents, new double[] {100});
    }

    /** Gives {@code grid} columns and rows of the given widths and heights (percent), all growing, free to shrink. */
    public static GridPane percentGrid(GridPane grid, double[] columnPercents, double[] rowPercents) {
        for (double percent : columnPercents) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(percent);
            column.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(column);
        }
        for (double percent : rowPercents) {
            RowConstraints row = new RowConstraints();
            row.setPercentHeight(percent);
            row.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(row);
        }
        grid.setMinSize(0, 0);
        return grid;
    }

    /** Buttons side by side (CSS class {@code run-buttons}). */
    public static HBox buttonRow(Button... buttons) {
        HBox box = new HBox(buttons);
        box.getStyleClass().add("run-buttons");
        return box;
    }

    /**
     * A {@link #buttonRow} whose buttons share its whole width; the first keeps at least its preferred width (its
     * label changes, e.g. Run sweep / Resume sweep).
     */
    public static HBox fillRow(Button... buttons) {
        for (Button b : buttons) {
            b.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(b, Priority.ALWAYS);
        }
        buttons[0].setMinWidth(Button.USE_PREF_SIZE);
        return buttonRow(buttons);
    }

    /**
     * The main area of a view (CSS class {@code main-area}: padding, spacing and a minimum size) in a scroll pane
     * (CSS class {@code main-scroll}) that gives it the whole room, and scrolls instead of squeezing the charts once the
     * room is smaller than that minimum (a small window, the lesson panel open, presenter mode's large type).
     */
    public static ScrollPane mainArea(Node... children) {
        VBox main = new VBox(children);
        main.getStyleClass().add("main-area");
        for (Node child : children) {
            if (child instanceof Label headline) {
                headline.setMinHeight(Label.USE_PREF_SIZE); // a wrapped headline keeps all its lines
            }
        }
        ScrollPane scroll = new ScrollPane(main);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("main-scroll");
        return scroll;
    }

    /** A rounded "card" container (CSS class {@code card}) around {@code content}. */
    public static StackPane card(Node content) {
        StackPane card = new StackPane(content);
        card.getStyleClass().add("card");
        card.setMinSize(0, 0);
        return card;
    }
}
