package io.phasescope.app.cli;

import io.phasescope.model.io.ModelStore;
import io.phasescope.model.sweep.SweepFolder;
import io.phasescope.model.sweep.SweepPoint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code --ref MODEL_DIR | SWEEP_DIR@λ}: the reference point θ_ref of the L2 probe λ‖θ − θ_ref‖², read from a model
 * folder or from the kept parameters of another sweep at (or nearest to) λ — the paper's walk from one basin toward
 * another model.
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
        int at = text.lastIndexOf('@');
        try {
            float[] theta;
            if (at > 0 && Files.isRegularFile(Path.of(text.substring(0, at)).resolve(SweepFolder.MANIFEST))) {
                theta = kept(Path.of(text.substring(0, at)), Double.parseDouble(text.substring(at + 1)));
            } else {
                theta = ModelStore.load(Path.of(text)).theta();
            }
            if (theta.length != parameters) {
                throw new IllegalArgumentException("it holds " + theta.length + " parameters, the sweep's network "
                        + parameters + "; θ_ref must be a model of the same network");
            }
            return theta;
        } catch (NumberFormatException e) {
            throw new ParameterException(command.commandLine(), "--ref SWEEP@λ needs a number after @, was " + text);
        } catch (IOException | RuntimeException e) {
            throw new ParameterException(command.commandLine(), "--ref " + text + ": " + e.getMessage(), e);
        }
    }

    /** The kept parameters of {@code sweep} nearest to {@code lambda} (the up branch on a tie). */
    private static float[] kept(Path sweep, double lambda) throws IOException {
        SweepFolder folder = SweepFolder.open(sweep);
        SweepPoint nearest = folder.points().stream()
                .filter(p -> p.index() >= 0 && folder.hasParameters(p.branch(), p.seed(), p.index()))
                .min(Comparator.comparingDouble((SweepPoint p) -> Math.abs(p.lambda() - lambda))
                        .thenComparing(SweepPoint::branch))
                .orElseThrow(() -> new IllegalArgumentException("the sweep keeps no parameters"));
        return folder.parameters(nearest.branch(), nearest.seed(), nearest.index())
                .orElseThrow();
    }
}
