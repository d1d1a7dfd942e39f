package io.phasescope.app.gui.controls;

import io.phasescope.app.gui.form.ValidatedField;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/** A two-column form: section titles, labelled controls, and validated text fields with their errors. */
public final class FormGrid extends GridPane {

    private int row;

    public FormGrid() {
        getStyleClass().add("form-grid");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(USE_PREF_SIZE);
        ColumnConstraints controls = new ColumnConstraints();
        controls.setHgrow(Priority.ALWAYS);
        controls.setFillWidth(true);
        getColumnConstraints().addAll(labels, controls);
    }

    /** A section title across both columns. */
    public FormGrid section(String title) {
        Label label = Controls.styled(new Label(title), "section-title");
        add(label, 0, row++, 2, 1);
        return this;
    }

    /** {@code control} labelled {@code text}. */
    public FormGrid row(String text, Node control) {
        Label label = new Label(text);
        label.setLabelFor(control);
        add(label, 0, row);
        add(control, 1, row++);
        return this;
    }

    /**
     * A text field with id {@code id} bound to {@code field}, labelled {@code text}, with {@code help} as its
     * tooltip, and its error below.
     */
    public FormGrid field(String text, String id, ValidatedField<?> field, String help) {
        TextField input = Controls.textField(id, field, help);
        row(text, input);
        return wide(Controls.errorLabel(field));
    }

    /** {@code node} across both columns. */
    public FormGrid wide(Node node) {
        add(node, 0, row++, 2, 1);
        setHalignment(node, HPos.LEFT);
        return this;
    }
}
