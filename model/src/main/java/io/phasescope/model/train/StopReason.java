package io.phasescope.model.train;

import java.util.Locale;

/**
 * Why a training run stopped. The rule for {@link #DIVERGED} (see {@link #classify}): a non-finite loss, a final
 * training error E above {@link #DIVERGED_ERROR_FACTOR} × ln C (twice the error of a uniform guess over C classes:
 * no phase of the hierarchy, the trivial one included at E = ln C, comes near it), or a final objective L_λ that ended
 * above its start: higher than the first epoch's by more than half of it and by more than
 * {@link #DIVERGED_RISE_MARGIN} × ln C (the margin keeps the noise of a tiny converged loss from counting).
 */
public enum StopReason {
    /** Early stopping: {@code patience} epochs without a strict decrease of L_λ. */
    CONVERGED("converged"),
    /** The epoch limit was reached before early stopping. */
    EPOCH_LIMIT("epoch-limit"),
    /** The loss blew up (see the class comment for the rule). */
    DIVERGED("diverged"),
    /** The user (or the job's owner) cancelled the run. */
    CANCELLED("cancelled");

    /** A final E above this many times ln C counts as diverged. */
    public static final double DIVERGED_ERROR_FACTOR = 2;
    /** A rise of L_λ over the run, relative to its first epoch, above which it counts as diverged. */
    public static final double DIVERGED_RISE_FRACTION = 0.5;
    /** The least rise of L_λ, in units of ln C, that counts as diverged. */
    public static final double DIVERGED_RISE_MARGIN = 0.1;

    private final String id;

    StopReason(String id) {
        this.id = id;
    }

    /** The name used in files ({@code metrics.json}, {@code points.csv}): converged, epoch-limit, diverged, cancelled. */
    public String id() {
        return id;
    }

    /** The reason in words, for a status line: "converged", "reached the epoch limit", "diverged", "cancelled". */
    public String words() {
        return this == EPOCH_LIMIT ? "reached the epoch limit" : id;
    }

    /** The reason named by {@code id} (see {@link #id()}), case-insensitive. */
    public static StopReason parse(String id) {
        for (StopReason reason : values()) {
            if (reason.id.equalsIgnoreCase(id.trim())) {
                return reason;
            }
        }
        throw new IllegalArgumentException(
                "stop reason must be one of converged, epoch-limit, diverged, cancelled;" + " was '" + id + "'");
    }

    /**
     * Classifies a finished run.
     *
     * @param earlyStopped whether patience ended the run
     * @param firstObjective L_λ of the first epoch
     * @param lastObjective L_λ of the last epoch
     * @param trainError E of the final parameters on the training set, in nats
     * @param classes the number of classes C ≥ 2
     */
    public static StopReason classify(
            boolean earlyStopped, double firstObjective, double lastObjective, double trainError, int classes) {
        if (classes < 2) {
            throw new IllegalArgumentException("classes must be ≥ 2, was " + classes);
        }
        if (!Double.isFinite(lastObjective)
                || !Double.isFinite(trainError)
                || trainError > DIVERGED_ERROR_FACTOR * Math.log(classes)
                || lastObjective - firstObjective
                        > Math.max(DIVERGED_RISE_FRACTION * firstObjective, DIVERGED_RISE_MARGIN * Math.log(classes))) {
            return DIVERGED;
        }
        return earlyStopped ? CONVERGED : EPOCH_LIMIT;
    }

    @Override
    public String toString() {
        return id.toLowerCase(Locale.ROOT);
    }
}
