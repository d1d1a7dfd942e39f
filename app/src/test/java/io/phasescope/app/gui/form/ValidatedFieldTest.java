package io.phasescope.app.gui.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phasescope.app.form.InputParsers;
import io.phasescope.app.task.DirectTaskExecutor;
import io.phasescope.app.task.ManualTaskExecutor;
import org.junit.jupiter.api.Test;

class ValidatedFieldTest {

    @Test
    void goodTextBecomesTheValueAndBadTextAnError() {
        ValidatedField<Integer> field =
                new ValidatedField<>("5", InputParsers.integer("Size", 1, 9), new DirectTaskExecutor());
        assertThat(field.getValue()).isEqualTo(5);

        field.textProperty().set("12");
        assertThat(field.getValue()).isEqualTo(5);
        assertThat(field.validProperty().get()).isFalse();
        assertThat(field.errorProperty().get()).isEqualTo("Size must be between 1 and 9, was '12'");

        field.setText("7");
        assertThat(field.getValue()).isEqualTo(7);
        assertThat(field.errorProperty().get()).isEmpty();
    }

    @Test
    void typingIsParsedOnlyWhenTheDebouncerFiresOrOnCommit() {
        ManualTaskExecutor executor = new ManualTaskExecutor();
        ValidatedField<Integer> field = new ValidatedField<>("5", InputParsers.integer("Size", 1, 9), executor);

        field.textProperty().set("8");
        assertThat(field.getValue()).isEqualTo(5);
        executor.fireDebounced();
        assertThat(field.getValue()).isEqualTo(8);

        field.textProperty().set("9");
        assertThat(executor.hasDebounced()).isTrue();
        assertThat(field.commit()).isTrue();
        assertThat(field.getValue()).isEqualTo(9);
        assertThat(executor.hasDebounced()).isFalse();
    }

    @Test
    void theInitialTextMustParse() {
        assertThatThrownBy(
                        () -> new ValidatedField<>("x", InputParsers.integer("Size", 1, 9), new DirectTaskExecutor()))
                .hasMessageContaining("'x'");
    }
}
