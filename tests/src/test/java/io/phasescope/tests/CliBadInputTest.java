package io.phasescope.tests;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every numeric option of train, sweep, slice, path and spectrum rejects an out-of-range value before any
 * data or model is loaded (the model folders named here do not exist): exit code 2 and a message naming the
 * option, its valid range and the value.
 */
class CliBadInputTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            train --lambda -1 --out x                          | --lambda (λ; --weight-decay β = 2λ) must be in [0, ∞), was -1.0
            train --weight-decay -0.5 --out x                  | --lambda (λ; --weight-decay β = 2λ) must be in [0, ∞), was -0.25
            train --epochs 0 --out x                           | --epochs must be in [1, 100000], was 0
            train --patience 0 --out x                         | --patience must be in [1, maxEpochs=50], was 0
            train --lr 0 --out x                               | --lr must be in (0, 10], was 0.0
            train --lr 1e6 --out x                             | --lr must be in (0, 10], was 1000000.0
            train --batch 0 --out x                            | --batch must be in [1, 65536], was 0
            train --hidden 20000 --out x                       | each --hidden width must be in [1, 16384], was 20000
            train --subset -5 --out x                          | --subset must be >= 0 (0 = all), was -5
            train --test-subset -1 --out x                     | --test-subset must be >= 0 (0 = all), was -1
            sweep --workers 0 --out x                          | --workers must be in [1, 64], was 0
            sweep --subset -1 --out x                          | --subset must be >= 0 (0 = all), was -1
            sweep --epochs 0 --out x                           | --epochs must be in [1, 100000], was 0
            sweep --patience 0 --out x                         | --patience must be in [1, maxEpochs=30], was 0
            sweep --lambda-grid 0:-1:0.1 --out x               | --lambda-grid stop λ must be finite and >= start 0.0, was -1.0
            sweep --lambda-grid -1:1:0.1 --out x               | --lambda-grid start λ must be finite and >= 0, was -1.0
            slice --model none --resolution 0 --out x          | --resolution must be in [2, 101], was 0
            slice --model none --resolution 500 --out x        | --resolution must be in [2, 101], was 500
            slice --model none --dimensions 3 --out x          | --dimensions must be in [1, 2], was 3
            slice --model none --lambda -1 --out x             | --lambda must be in [0, ∞), was -1.0
            slice --model none --class -1 --out x              | --class must be in [0, 999], was -1
            slice --model none --workers 0 --out x             | --workers must be in [1, 64], was 0
            path --a none --b none --resolution 1 --out x      | --resolution must be in [2, 10001], was 1
            path --a none --b none --resolution 20000 --out x  | --resolution must be in [2, 10001], was 20000
            path --a none --b none --epochs 0 --out x          | --epochs must be in [1, 100000], was 0
            spectrum --model none --lambda -1                  | --lambda must be in [0, ∞), was -1.0
            spectrum --model none --top -1                     | --top must be in [0, 1000], was -1
            spectrum --model none --top 0 --bottom 0           | --bottom must be in [1, 1000], was 0
            spectrum --model none --tolerance 0                | --tolerance must be in (0, 1), was 0.0
            spectrum --model none --max-iterations 3           | --max-iterations must be in [25, 100000], was 3
            spectrum --model none --trace 1                    | --trace must be 0 or in [2, 100000], was 1
            spectrum --model none --density-probes 0           | --density-probes must be in [1, 10000], was 0
            spectrum --model none --density-steps 0            | --density-steps must be in [1, 100000], was 0
            spectrum --model none --precision half             | --precision must be float or double, was 'half'
            """)
    void outOfRangeValuesExitWith2NamingTheOptionAndItsRange(String args, String message) {
        CliRunner cli = new CliRunner();

        assertThat(cli.run(args.trim().split(" +"))).as(cli.err()).isEqualTo(2);
        assertThat(cli.err()).startsWith("Error: " + message.trim() + System.lineSeparator());
    }
}
