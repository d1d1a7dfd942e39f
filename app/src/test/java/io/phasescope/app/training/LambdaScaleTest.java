package io.phasescope.app.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LambdaScaleTest {

    @Test
    void zeroHasItsOwnStopLeftOfTheSmallestDecade() {
        assertThat(LambdaScale.positionOf(0)).isEqualTo(LambdaScale.ZERO_POSITION);
        assertThat(LambdaScale.lambdaAt(LambdaScale.ZERO_POSITION)).isZero();
        assertThat(LambdaScale.lambdaAt(LambdaScale.ZERO_POSITION + 0.49)).isZero();
        assertThat(LambdaScale.lambdaAt(LambdaScale.ZERO_POSITION + 0.51)).isEqualTo(1e-6);
    }

    @ParameterizedTest
    @CsvSource({"-6, 1e-6", "-4, 1e-4", "-3.5, 3.2e-4", "-2.3, 0.005", "-1, 0.1"})
    void positionsMapToTwoDigitPowersOfTen(double position, double lambda) {
        assertThat(LambdaScale.lambdaAt(position)).isEqualTo(lambda);
    }

    @Test
    void mappingRoundTripsAndClampsAtTheEnds() {
        assertThat(LambdaScale.positionOf(1e-4)).isEqualTo(-4, within(1e-12));
        assertThat(LambdaScale.positionOf(LambdaScale.lambdaAt(-2.5))).isEqualTo(-2.5, within(0.01));
        assertThat(LambdaScale.positionOf(1e-9)).isEqualTo(LambdaScale.MIN_EXPONENT);
        assertThat(LambdaScale.positionOf(5)).isEqualTo(LambdaScale.MAX_EXPONENT);
        assertThat(LambdaScale.lambdaAt(3)).isEqualTo(0.1);
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "1e-4, 1e-4", "0.0001, 1e-4", " 2.5E-3 , 0.0025", "10, 10", "-0, 0"})
    void parsesPlainAndScientificNumbers(String text, double lambda) {
        assertThat(LambdaScale.parse(text)).isEqualTo(lambda);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "1e-", "NaN", "Infinity", "1,5", "0.1f"})
    void rejectsWhatIsNoNumberWithAnExample(String text) {
        assertThatThrownBy(() -> LambdaScale.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("λ must be a number such as 0.001 or 1e-3");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1e-4", "11", "1e3"})
    void rejectsNumbersOutsideTheRangeQuotingThem(String text) {
        assertThatThrownBy(() -> LambdaScale.parse(text)).hasMessage("λ must be between 0 and 10, was '" + text + "'");
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "1e-4, 1e-4", "3.2e-5, 3.2e-5", "0.003, 0.003", "0.1, 0.1", "2.5, 2.5", "1e-3, 0.001"})
    void formatsShortly(double lambda, String text) {
        assertThat(LambdaScale.format(lambda)).isEqualTo(text);
    }

    @Test
    void tickLabelsNameTheDecades() {
        assertThat(LambdaScale.tickLabel(LambdaScale.ZERO_POSITION)).isEqualTo("0");
        assertThat(LambdaScale.tickLabel(-6)).isEqualTo("1e-6");
        assertThat(LambdaScale.tickLabel(-1)).isEqualTo("0.1");
    }
}
