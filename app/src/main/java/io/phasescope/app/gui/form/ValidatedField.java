package io.phasescope.app.gui.form;

import io.phasescope.app.task.Coalescer;
import io.phasescope.app.task.TaskExecutor;
import java.time.Duration;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Text input that becomes a typed value only when it parses. Typing is debounced: the text is parsed
 * once typing pauses, or at once on {@link #commit()} (Enter, focus loss, or before the value is used).
 * A bad text sets {@link #errorProperty()} to a message for the user and leaves {@link #valueProperty()}
 * at the last good value.
 *
 * @param <T> the parsed value
 */
public final class ValidatedField<T> {

    /** How long typing must pause before the text is parsed. */
    public static final Duration TYPING_PAUSE = Duration.ofMillis(300);

    private final StringProperty text = new SimpleStringProperty(this, "text");
    private final ReadOnlyObjectWrapper<T> value = new ReadOnlyObjectWrapper<>(this, "value");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", true);
    private final Function<String, T> parser;
    private final Coalescer debouncer;

    /**
     * @param initialText the starting text; it must parse
     * @param parser turns text into a value or throws {@link IllegalArgumentException} with a message for the user
     * @param executor supplies the debouncer
     */
    public ValidatedField(String initialText, Function<String, T> parser, TaskExecutor executor) {
        if (parser == null || executor == null) {
            throw new IllegalArgumentException("parser and executor must be given, were " + parser + ", " + executor);
        }
        this.parser = parser;
        this.value.set(parser.apply(initialText));
        this.text.set(initialText);
        this.debouncer = executor.debounce(TYPING_PAUSE, this::commit);
        text.addListener((obs, old, now) -> debouncer.request());
    }

    /**
     * Parses the current text now. On success the value changes and the error clears; on failure the
     * error says why and the value stays.
     *
     * @return whether the text is valid
     */
    public boolean commit() {
        debouncer.cancel();
        try {
            T parsed = parser.apply(text.get());
            error.set("");
            valid.set(true);
            value.set(parsed);
            return true;
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            valid.set(false);
            return false;
        }
    }

    /** Replaces the text and commits it at once, as a control other than the text field would. */
    public void setText(String newText) {
        text.set(newText);
        commit();
    }

    /** The text as typed; bind a text field to it bidirectionally. */
    public StringProperty textProperty() {
        return text;
    }

    /** The last value that parsed. */
    public ReadOnlyObjectProperty<T> valueProperty() {
        return value.getReadOnlyProperty();
    }

    public T getValue() {
        return value.get();
    }

    /** Why the text does not parse, or the empty string. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Whether the text parsed at the last commit. */
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }
}
