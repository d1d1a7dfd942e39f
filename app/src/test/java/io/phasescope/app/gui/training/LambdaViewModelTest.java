package io.phasescope.app.gui.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasescope.app.task.DirectTaskExecutor;
import io.phasescope.app.training.LambdaScale;
import org.junit.jupiter.api.Test;

class LambdaViewModelTest {

    private final LambdaViewModel lambda = new LambdaViewModel(0, new DirectTaskExecutor());

    @Test
    void startsAtTheZeroStop() {
        assertThat(lambda.field().textProperty().get()).isEqualTo("0");
        assertThat(lambda.sliderPositionProperty().get()).isEqualTo(LambdaScale.ZERO_POSITION);
        assertThat(lambda.weightDecayProperty().get()).isEqualTo("β = 2λ = 0");
    }

    @Test
    void movingTheSliderWritesARoundedLambda() {
        lambda.sliderPositionProperty().set(-3.52);

        assertThat(lambda.field().textProperty().get()).isEqualTo("3e-4");
        assertThat(lambda.lambda()).isEqualTo(3e-4);
        assertThat(lambda.weightDecayProperty().get()).isEqualTo("β = 2λ = 6e-4");
        assertThat(lambda.sliderPositionProperty().get()).isEqualTo(-3.52);
    }

    @Test
    void typingAnExactLambdaMovesTheSliderAndKeepsTheText() {
        lambda.field().textProperty().set("0.00012345");

        assertThat(lambda.lambda()).isEqualTo(1.2345e-4);
        assertThat(lambda.field().textProperty().get()).isEqualTo("0.00012345");
        assertThat(lambda.sliderPositionProperty().get()).isEqualTo(Math.log10(1.2345e-4));
        assertThat(lambda.weightDecayProperty().get()).isEqualTo("β = 2λ = 2.469e-4");
    }

    @Test
    void aBadLambdaShowsWhyAndIsNotApplied() {
        lambda.field().textProperty().set("1e-3");
        lambda.field().textProperty().set("-5");

        assertThat(lambda.field().validProperty().get()).isFalse();
        assertThat(lambda.field().errorProperty().get()).isEqualTo("λ must be between 0 and 10, was '-5'");
        assertThat(lambda.lambda()).isEqualTo(1e-3);
        assertThat(lambda.sliderPositionProperty().get()).isEqualTo(-3);
        assertThat(lambda.weightDecayProperty().get())
                .as("no stale β beside an invalid λ")
                .doesNotContain("2e-3");

        lambda.field().textProperty().set("0");
        assertThat(lambda.field().errorProperty().get()).isEmpty();
        assertThat(lambda.weightDecayProperty().get()).isEqualTo("β = 2λ = 0");
        assertThat(lambda.sliderPositionProperty().get()).isEqualTo(LambdaScale.ZERO_POSITION);
    }
}
