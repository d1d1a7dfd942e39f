package io.phasescope.app.gui.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phasescope.app.gui.common.Command;
import io.phasescope.app.lesson.LessonStep;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;

class LessonViewModelTest {

    @Test
    void theSevenStepsReadFromTheAssetsAndOpenTheirViews() {
        LessonViewModel lesson = new LessonViewModel(
                new Command("Open demo workspace", new SimpleBooleanProperty(true), () -> {}),
                new SimpleBooleanProperty(true));

        assertThat(lesson.steps())
                .hasSize(7)
                .extracting(LessonStep::tab)
                .containsExactly(
                        "trainingTab",
                        "phaseTab",
                        "phaseTab",
                        "phaseTab",
                        "landscapeTab",
                        "curvatureTab",
                        "curvatureTab");
        assertThat(lesson.steps().get(0).title()).isEqualTo("1. Train a network");
        assertThat(lesson.steps().get(3).subTab()).isEqualTo("Hysteresis");
        assertThat(lesson.steps())
                .allSatisfy(step -> assertThat(step.text().split("(?<=[.:])\\s+").length)
                        .as(step.title() + ": a few plain sentences")
                        .isBetween(2, 5));
        assertThat(lesson.backCommand().isExecutable()).isFalse();

        for (int i = 1; i < 7; i++) {
            lesson.nextCommand().execute();
        }

        assertThat(lesson.stepProperty().get().title()).isEqualTo("7. The exact toy model");
        assertThat(lesson.nextCommand().isExecutable()).isFalse();
        lesson.go(2);
        assertThat(lesson.openProperty().get()).isTrue();
        assertThat(lesson.stepProperty().get().subTab()).isEqualTo("Per class");
        assertThatThrownBy(() -> lesson.go(7)).hasMessageContaining("[0, 6], was 7");
    }

    @Test
    void theDemoIsOfferedWhileNothingIsOpen() {
        BooleanProperty empty = new SimpleBooleanProperty(true);
        int[] opened = {0};
        LessonViewModel lesson = new LessonViewModel(
                new Command("Open demo workspace", new SimpleBooleanProperty(true), () -> opened[0]++), empty);

        assertThat(lesson.offerDemoProperty().get()).isTrue();
        lesson.openDemoCommand().execute();
        assertThat(opened[0]).isEqualTo(1);
        empty.set(false);
        assertThat(lesson.offerDemoProperty().get()).isFalse();
    }
}
