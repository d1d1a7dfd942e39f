package io.phasescope.app.gui.main;

import io.phasescope.app.gui.lesson.LessonPane;
import io.phasescope.app.gui.lesson.LessonViewModel;
import io.phasescope.app.lesson.LessonStep;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;

/**
 * Docks the lesson panel at the right of the window while the lesson is open, and opens the view (and the tab
 * inside it) that each step talks about.
 */
final class LessonDock {

    private LessonDock() {}

    /** Wires {@code lesson} into {@code window}; returns the Help menu item that opens and closes it (F1). */
    static CheckMenuItem attach(BorderPane window, TabPane tabs, LessonViewModel lesson) {
        LessonPane pane = new LessonPane(lesson);
        lesson.openProperty().addListener((obs, was, open) -> {
            window.setRight(open ? pane : null);
            if (open) {
                show(window, tabs, lesson.stepProperty().get());
            }
        });
        lesson.stepProperty().addListener((obs, old, step) -> {
            if (lesson.openProperty().get()) {
                show(window, tabs, step);
            }
        });
        CheckMenuItem item = new CheckMenuItem("Classroom lesson");
        item.setId("lessonMenuItem");
        item.setAccelerator(KeyCombination.valueOf("F1"));
        item.selectedProperty().bindBidirectional(lesson.openProperty());
        return item;
    }

    private static void show(BorderPane window, TabPane tabs, LessonStep step) {
        for (Tab tab : tabs.getTabs()) {
            if (step.tab().equals(tab.getId())) {
                tabs.getSelectionModel().select(tab);
            }
        }
        if (step.subTabs() != null) {
            Node node = window.lookup("#" + step.subTabs());
            if (node instanceof TabPane inner) {
                inner.getTabs().stream()
                        .filter(t -> step.subTab().equals(t.getText()))
                        .findFirst()
                        .ifPresent(t -> inner.getSelectionModel().select(t));
            }
        }
    }
}
