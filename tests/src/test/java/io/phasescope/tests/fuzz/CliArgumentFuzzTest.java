package io.phasescope.tests.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasescope.app.cli.PhasescopeCommand;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Seeded fuzzing of the command line's parser: random mixes of the real commands, options and values, good and
 * absurd (huge, negative, NaN, malformed, empty, unknown), are parsed (not run). Each either parses or is
 * refused with picocli's {@link CommandLine.ParameterException}, which the CLI turns into usage and exit
 * code 2; nothing else may escape.
 */
class CliArgumentFuzzTest {

    private static final Logger LOG = LoggerFactory.getLogger(CliArgumentFuzzTest.class);
    private static final String[] WORDS = {
        "train",
        "sweep",
        "transitions",
        "path",
        "slice",
        "spectrum",
        "figure",
        "bench",
        "--hidden",
        "--lambda",
        "--weight-decay",
        "--epochs",
        "--batch",
        "--lr",
        "--subset",
        "--test-subset",
        "--seed",
        "--out",
        "--preset",
        "--mode",
        "--seeds",
        "--workers",
        "--lambda-grid",
        "--kind",
        "--resolution",
        "--range",
        "--direction",
        "--top",
        "--bottom",
        "--model",
        "--a",
        "--b",
        "--data",
        "--dataset",
        "--format",
        "--width-cm",
        "--units",
        "--help",
        "-h",
        "--version",
        "--refine",
        "--align",
        "--log",
        "--",
        "-x"
    };
    private static final String[] VALUES = {
        "0",
        "1",
        "-1",
        "1e-3",
        "NaN",
        "Infinity",
        "-Infinity",
        "1e309",
        "99999999999999999999",
        "2147483648",
        "",
        " ",
        "128,128",
        "128,,128",
        "0:1:0",
        "1:0:0.1",
        "a:b",
        ":",
        "classroom",
        "paper",
        "nope",
        "up",
        "updown",
        "linear",
        "bezier",
        "pathfinder",
        "random",
        "/nonexistent",
        "/proc/x",
        "λ",
        "-",
        "--",
        "0x10",
        "1_000",
        "1,2,3",
        "1,1",
        "-0",
        "+5",
        "3.5",
        "beta",
        "svg",
        "pdf"
    };
    private static final int INPUTS = 5000;

    @Test
    void everyArgumentListParsesOrIsAParameterError() {
        Random random = new Random(7);
        int parsed = 0;
        int refused = 0;
        Map<String, List<String>> findings = new LinkedHashMap<>();
        // one command line for every list: picocli resets each option before it parses, and building the
        // command tree costs more than parsing
        CommandLine commandLine = PhasescopeCommand.commandLine();
        for (int k = 0; k < INPUTS; k++) {
            List<String> args = new ArrayList<>();
            int length = random.nextInt(9);
            for (int i = 0; i < length; i++) {
                args.add(
                        random.nextInt(3) == 0
                                ? VALUES[random.nextInt(VALUES.length)]
                                : WORDS[random.nextInt(WORDS.length)]);
            }
            try {
                commandLine.parseArgs(args.toArray(String[]::new));
                parsed++;
            } catch (CommandLine.ParameterException e) {
                refused++;
            } catch (RuntimeException e) {
                findings.putIfAbsent(e.getClass().getName() + ": " + e.getMessage(), args);
            }
        }
        LOG.info(
                "Fuzzed the CLI parser: {} argument lists, {} parsed, {} refused as parameter errors, {} findings",
                INPUTS,
                parsed,
                refused,
                findings.size());
        assertThat(findings).as("argument lists that failed otherwise").isEmpty();
        assertThat(parsed).isPositive();
    }
}
