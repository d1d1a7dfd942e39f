package io.phasescope.app.gui.curvature;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ToyLessonViewModelTest {

    private final ToyLessonViewModel lesson = new ToyLessonViewModel();

    @Test
    void theDiagramsCoverBothTransitionsAndEndTheirBranchesExactlyThere() {
        assertThat(lesson.diagram2().lambda())
                .contains(0.0, ToyLessonViewModel.LAMBDA_MAX, lesson.depth2().criticalLambda());
        assertThat(lesson.diagram3().lambda())
                .contains(lesson.depth3().criticalLambda(), lesson.depth3().foldLambda());
        assertThat(Arrays.stream(lesson.diagram3().lambda()).max().orElseThrow())
                .isEqualTo(ToyLessonViewModel.LAMBDA_MAX);
        assertThat(lesson.depth2().criticalLambda()).isLessThan(ToyLessonViewModel.LAMBDA_MAX);
    }

    @Test
    void draggingLambdaWalksThroughEachRegimeAndIsClamped() {
        assertThat(lesson.lambdaProperty().get()).isEqualTo(ToyLessonViewModel.START_LAMBDA);
        assertThat(lesson.depth2TextProperty().get())
                .startsWith("Depth 2 at λ = 0.1: the minimum sits at ‖w‖ = ")
                .contains("the origin is a saddle (smallest curvature 2λ − s = −0.8)");
        assertThat(lesson.depth3TextProperty().get()).contains("the minimum is global");

        lesson.lambdaProperty().set(0.22);
        assertThat(lesson.depth3TextProperty().get())
                .startsWith("Depth 3 at λ = 0.22: past λ_c = 0.1984")
                .contains("metastable", "fold, λ = 0.2362");

        lesson.lambdaProperty().set(0.3);
        assertThat(lesson.depth3TextProperty().get()).contains("past the fold", "hysteresis");
        assertThat(lesson.depth2TextProperty().get()).contains("the minimum sits at");

        lesson.lambdaProperty().set(0.55);
        assertThat(lesson.depth2TextProperty().get()).contains("past λ_c = 0.5", "(smallest curvature 2λ − s = +0.1)");

        lesson.lambdaProperty().set(2);
        assertThat(lesson.lambdaProperty().get()).isEqualTo(ToyLessonViewModel.LAMBDA_MAX);
        lesson.lambdaProperty().set(-1);
        assertThat(lesson.lambdaProperty().get()).isZero();
    }
}
