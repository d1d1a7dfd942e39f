package io.phasescope.app.gui.lesson;

import io.phasescope.app.gui.common.Command;
import io.phasescope.app.lesson.LessonStep;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;

/**
 * The classroom lesson: its steps (texts from the assets module's {@value #FILE}, each paired with the view it
 * opens), the step shown, Back and Next, whether the lesson panel is open, and the demo workspace it offers
 * while nothing is open.
 */
public final class LessonViewModel {

    /** The lesson text in the assets module: one {@code "# "} heading and its paragraphs per step. */
    static final String FILE = "/io/phasescope/assets/lessons/classroom.md";

    /** Where each step goes, in the order of the lesson's headings. */
    private static final String[][] TARGETS = {
        {"trainingTab", null, null},
        {"phaseTab", null, null},
        {"phaseTab", "phaseChartTabs", "Per class"},
        {"phaseTab", "phaseChartTabs", "Hysteresis"},
        {"landscapeTab", null, null},
        {"curvatureTab", "curvatureTabs", "Spectra along the sweep"},
        {"curvatureTab", "curvatureTabs", "Toy models (lesson)"}
    };

    private final List<LessonStep> steps;
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(this, "index", 0);
    private final ReadOnlyObjectWrapper<LessonStep> step = new ReadOnlyObjectWrapper<>(this, "step");
    private final BooleanProperty open = new SimpleBooleanProperty(this, "open");
    private final Command back;
    private final Command next;
    private final Command openDemo;
    private final ReadOnlyBooleanWrapper offerDemo = new ReadOnlyBooleanWrapper(this, "offerDemo");

    /**
     * @param openDemo opens the demo workspace
     * @param sessionEmpty whether nothing is open yet (no model, no sweep), when the lesson offers the demo
     */
    public LessonViewModel(Command openDemo, ObservableBooleanValue sessionEmpty) {
        this(load(), openDemo, sessionEmpty);
    }

    LessonViewModel(List<LessonStep> steps, Command openDemo, ObservableBooleanValue sessionEmpty) {
        if (steps.isEmpty() || openDemo == null || sessionEmpty == null) {
            throw new IllegalArgumentException("a lesson needs steps, the demo command and the session's state, were "
                    + steps.size() + " steps, " + openDemo + ", " + sessionEmpty);
        }
        this.steps = List.copyOf(steps);
        this.openDemo = openDemo;
        offerDemo.bind(Bindings.createBooleanBinding(sessionEmpty::get, sessionEmpty));
        step.bind(Bindings.createObjectBinding(() -> this.steps.get(index.get()), index));
        back = new Command("Back", index.greaterThan(0), () -> index.set(index.get() - 1));
        next = new Command("Next", index.lessThan(this.steps.size() - 1), () -> index.set(index.get() + 1));
    }

    /** The steps of {@value #FILE}, each with its target view. */
    static List<LessonStep> load() {
        String text;
        try (InputStream in = LessonViewModel.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(
                        "lesson " + FILE + " is missing; is the phasescope-assets jar on the" + " class path?");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE, e);
        }
        List<LessonStep> steps = new ArrayList<>();
        String[] sections = text.split("(?m)^# ");
        for (String section : sections) {
            if (section.isBlank()) {
                continue;
            }
            int newline = section.indexOf('\n');
            String title = section.substring(0, newline).strip();
            String body = section.substring(newline + 1).strip().replaceAll("\\s*\\R\\s*\\R\\s*", "\n\n");
            String[] target = TARGETS[Math.min(steps.size(), TARGETS.length - 1)];
            steps.add(new LessonStep(title, body, target[0], target[1], target[2]));
        }
        if (steps.size() != TARGETS.length) {
            throw new IllegalStateException(
                    FILE + " has " + steps.size() + " steps, the lesson expects " + TARGETS.length);
        }
        return steps;
    }

    /** All steps, in order. */
    public List<LessonStep> steps() {
        return steps;
    }

    /** The step shown. */
    public ReadOnlyObjectProperty<LessonStep> stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** The index of the step shown, 0 to steps − 1. */
    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    /** Whether the lesson panel is shown. */
    public BooleanProperty openProperty() {
        return open;
    }

    /** Opens the lesson at step {@code i}. */
    public void go(int i) {
        if (i < 0 || i >= steps.size()) {
            throw new IllegalArgumentException("step must be in [0, " + (steps.size() - 1) + "], was " + i);
        }
        index.set(i);
        open.set(true);
    }

    /** Whether the lesson offers the demo workspace: nothing is open yet. */
    public ReadOnlyBooleanProperty offerDemoProperty() {
        return offerDemo.getReadOnlyProperty();
    }

    /** Opens the demo workspace, with a finished sweep and two minima, so that the lesson starts without training. */
    public Command openDemoCommand() {
        return openDemo;
    }

    public Command backCommand() {
        return back;
    }

    public Command nextCommand() {
        return next;
    }
}
