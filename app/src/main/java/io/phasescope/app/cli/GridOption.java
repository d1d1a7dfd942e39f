package io.phasescope.app.cli;

import io.phasescope.model.sweep.SweepGrid;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Parses {@code --lambda-grid START:STOP:STEP}; a malformed or invalid grid is a usage error naming the option. */
final class GridOption {

    private GridOption() {}

    static SweepGrid parse(CommandSpec spec, String text) {
        String[] parts = text.split(":");
        if (parts.length != 3) {
            throw new ParameterException(spec.commandLine(), "--lambda-grid must be START:STOP:STEP, was " + text);
        }
        try {
            return SweepGrid.linear(
                    Double.parseDouble(parts[0]), Double.parseDouble(parts[1]), Double.parseDouble(parts[2]));
        } catch (NumberFormatException e) {
            throw new ParameterException(
                    spec.commandLine(), "--lambda-grid must be START:STOP:STEP of numbers, was " + text, e);
        } catch (IllegalArgumentException e) {
            throw OptionRanges.rejected(spec, e);
        }
    }

    /** The grid as an option value, {@code START:STOP:STEP}. */
    static String format(SweepGrid grid) {
        return grid.start() + ":" + grid.stop() + ":" + grid.step();
    }
}
