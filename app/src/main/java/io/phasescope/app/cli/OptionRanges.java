package io.phasescope.app.cli;

import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Range checks of numeric options before a command loads anything: a failure names the option, its valid
 * range and the value given, and exits with code 2 ({@link UsageOnError}).
 */
final class OptionRanges {

    /** The model's names of validated settings, as the options that set them. */
    private static final Map<String, String> OPTION_OF = Map.ofEntries(
            Map.entry("lambda ", "--lambda (λ; --weight-decay β = 2λ) "),
            Map.entry("maxEpochs ", "--epochs "),
            Map.entry("patience ", "--patience "),
            Map.entry("learningRate ", "--lr "),
            Map.entry("batchSize ", "--batch "),
            Map.entry("each hidden width ", "each --hidden width "),
            Map.entry("train subset size ", "--subset "),
            Map.entry("test subset size ", "--test-subset "),
            Map.entry("grid ", "--lambda-grid "),
            Map.entry("seeds ", "--seeds "),
            Map.entry("dataset ", "--dataset "));

    private OptionRanges() {}

    /** Requires {@code min ≤ value ≤ max}. */
    static void require(CommandSpec spec, String option, long value, long min, long max) {
        if (value < min || value > max) {
            throw new ParameterException(
                    spec.commandLine(), option + " must be in [" + min + ", " + max + "], was " + value);
        }
    }

    /** Requires {@code valid} for a real-valued option (a NaN always fails); {@code range} says what is valid. */
    static void require(CommandSpec spec, String option, double value, boolean valid, String range) {
        if (!valid || Double.isNaN(value)) {
            throw new ParameterException(spec.commandLine(), option + " must be in " + range + ", was " + value);
        }
    }

    /** A usage error from the model's own check, with the setting's name replaced by the option's. */
    static ParameterException rejected(CommandSpec spec, IllegalArgumentException e) {
        String message = e.getMessage();
        for (Map.Entry<String, String> name : OPTION_OF.entrySet()) {
            if (message.startsWith(name.getKey())) {
                message = name.getValue() + message.substring(name.getKey().length());
                break;
            }
        }
        return new ParameterException(spec.commandLine(), message, e);
    }
}
