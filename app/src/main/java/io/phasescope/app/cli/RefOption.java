package io.phasescope.app.cli;

import io.phasescope.model.sweep.ThetaRefSource;
import java.io.IOException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code --ref MODEL_DIR | SWEEP_DIR@λ}: the reference point θ_ref of the L2 probe λ‖θ − θ_ref‖², read from a model
 * folder or from the kept parameters of another sweep at (or nearest to) λ ({@link ThetaRefSource}).
 */
final class RefOption {

    private RefOption() {}

    /**
     * The θ_ref {@code text} names, for a network of {@code parameters} parameters.
     *
     * @throws ParameterException naming --ref when the folder is not a model or sweep, keeps no parameters, or its
     *     network has another size
     */
    static float[] read(CommandSpec command, String text, int parameters) {
        try {
            return ThetaRefSource.parse(text).read(parameters);
        } catch (IOException | RuntimeException e) {
            throw new ParameterException(command.commandLine(), "--ref " + text + ": " + e.getMessage(), e);
        }
    }
}
