package io.phasescope.app.gui.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LessonViewModelTest {

    @Test
    void theSevenStepsReadFromTheAssetsAndOpenTheirViews() {
        LessonViewModel lesson = new LessonViewModel();

        assertThat(lesson.steps()).hasSize(7).extracting(LessonStep::tab).containsExactly("trainingTab", "phaseTab",
                "phaseTab", "phaseTab", "landscapeTab", "curvatureTab", "curvatureTab");
        assertThat(lesson.steps().get(0).title()).isEqualTo("1. Train a network");
        assertThat(lesson.steps().get(3).subTab()).isEqualTo("Hysteresis");
        assertThat(lesson.steps()).allSatisfy(step -> assertThat(step.text().split("(?<=[.:])\\s+").length)
                .as(step.title() + ": a few plain sentences").isBetween(2, 5));
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
}
