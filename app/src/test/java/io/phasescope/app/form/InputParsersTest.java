package io.phasescope.app.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class InputParsersTest {

    @Test
    void integersAcceptDigitGroups() {
        var size = InputParsers.integer("Train examples", 10, 60_000);
        assertThat(size.apply(" 60 000 ")).isEqualTo(60_000);
        assertThat(size.apply("1_000")).isEqualTo(1000);
    }

    @Test
    void integersOutOfRangeNameTheRangeAndTheText() {
        var size = InputParsers.integer("Train examples", 10, 60_000);
        assertThatThrownBy(() -> size.apply("70000"))
                .hasMessage("Train examples must be between 10 and 60 000, was '70000'");
        assertThatThrownBy(() -> size.apply("1.5")).hasMessage("Train examples must be a whole number, was '1.5'");
        assertThatThrownBy(() -> size.apply("  ")).hasMessage("Train examples must be a whole number, was empty");
    }

    @Test
    void positiveNumbersExcludeZero() {
        var rate = InputParsers.positive("Learning rate", 10);
        assertThat(rate.apply("1.5e-3")).isEqualTo(1.5e-3);
        assertThatThrownBy(() -> rate.apply("0"))
                .hasMessage("Learning rate must be greater than 0 and at most 10.0, was '0'");
    }

    @Test
    void widthsAreCommaSeparatedAndMayBeEmpty() {
        var widths = InputParsers.widths(16_384);
        assertThat(widths.apply("128, 64,32")).containsExactly(128, 64, 32);
        assertThat(widths.apply(" ")).isEqualTo(List.of());
        assertThatThrownBy(() -> widths.apply("128,,64")).hasMessageContaining("like 128,128; was '128,,64'");
        assertThatThrownBy(() -> widths.apply("128,0"))
                .hasMessage("Each hidden width must be between 1 and 16 384, was '0'");
    }
}
