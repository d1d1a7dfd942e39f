package io.phasescope.model.sweep;

import io.phasescope.model.io.ModelStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

/**
 * Where θ_ref of the probe λ‖θ − θ_ref‖² comes from: the origin (none), a model folder, or the kept parameters of
 * another sweep at (or nearest to) λ — the paper's walk from one basin toward another model. The same text means the
 * same θ_ref on the command line ({@code sweep --ref}) and in the app's custom sweep form.
 *
 * @param folder a model folder or a sweep folder; null for the origin
 * @param lambda the λ ≥ 0 to read a sweep folder at; NaN for a model folder or the origin
 */
public record ThetaRefSource(Path folder, double lambda) {

    /** How the origin is written. */
    public static final String NONE = "none";

    public ThetaRefSource {
        if (folder == null && !Double.isNaN(lambda)) {
            throw new IllegalArgumentException("θ_ref at λ = " + lambda + " needs a sweep folder");
        }
        if (!Double.isNaN(lambda) && !(lambda >= 0 && Double.isFinite(lambda))) {
            throw new IllegalArgumentException("θ_ref's λ must be finite and >= 0, was " + lambda);
        }
    }

    /** The origin: L_λ = E + λ‖θ‖². */
    public static ThetaRefSource none() {
        return new ThetaRefSource(null, Double.NaN);
    }

    /**
     * Parses {@code none} (or blank), {@code MODEL_DIR}, or {@code SWEEP_DIR@λ} where {@code SWEEP_DIR} holds a
     * {@code sweep.json}.
     *
     * @throws IllegalArgumentException naming the text when λ is no number or the folder does not exist
     */
    public static ThetaRefSource parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty() || t.equalsIgnoreCase(NONE)) {
            return none();
        }
        int at = t.lastIndexOf('@');
        if (at > 0 && Files.isRegularFile(Path.of(t.substring(0, at)).resolve(SweepFolder.MANIFEST))) {
            try {
                return new ThetaRefSource(Path.of(t.substring(0, at)), Double.parseDouble(t.substring(at + 1)));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("θ_ref SWEEP@λ needs a number after @, was '" + t + "'", e);
            }
        }
        if (!Files.isDirectory(Path.of(t))) {
            throw new IllegalArgumentException(
                    "θ_ref must be none, a model folder or SWEEP_FOLDER@λ; no folder '" + t + "'");
        }
        return new ThetaRefSource(Path.of(t), Double.NaN);
    }

    /** Whether θ_ref is the origin. */
    public boolean isNone() {
        return folder == null;
    }

    /** Whether θ_ref is read from another sweep's kept parameters. */
    public boolean isSweep() {
        return !Double.isNaN(lambda);
    }

    /** The text {@link #parse} reads back. */
    public String text() {
        return isNone() ? NONE : isSweep() ? folder + "@" + lambda : folder.toString();
    }

    /**
     * θ_ref for a network of {@code parameters} parameters; null for the origin. Reads files.
     *
     * @throws IllegalArgumentException when the folder is no model or sweep, keeps no parameters, or holds another
     *     network's
     */
    public float[] read(int parameters) throws IOException {
        if (isNone()) {
            return null;
        }
        float[] theta =
                isSweep() ? kept(folder, lambda) : ModelStore.load(folder).theta();
        if (theta.length != parameters) {
            throw new IllegalArgumentException("it holds " + theta.length + " parameters, the sweep's network "
                    + parameters + "; θ_ref must be a model of the same network");
        }
        return theta;
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
