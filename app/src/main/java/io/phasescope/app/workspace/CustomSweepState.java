package io.phasescope.app.workspace;

/**
 * The Phase diagram's custom sweep as saved in a workspace: its form's texts as typed (a text that no longer parses is
 * restored as it was and shows its error), its choices, and whether "Custom…" was the sweep chosen. Absent (null) in
 * files written before the custom sweep existed.
 *
 * @param chosen whether "Custom…" was the sweep chosen
 * @param dataset a {@code DatasetChoice} name, e.g. {@code MNIST}
 * @param trainSize training examples
 * @param testSize test examples
 * @param network {@code MLP} or {@code CNN}
 * @param hiddenWidths e.g. {@code 128,128}
 * @param activation an activation's name, e.g. {@code SIGMOID}
 * @param learningRate Adam's step size
 * @param batchSize examples per step
 * @param maxEpochs epochs per point at most
 * @param patience epochs without improvement before a point stops
 * @param gridKind {@code LINEAR} or {@code LOG}
 * @param grid {@code START:STOP:STEP} or {@code START:STOP:COUNT}
 * @param untilTrivial whether the up branch walks on until the trivial phase
 * @param ref θ_ref: {@code none}, a model folder or {@code SWEEP_FOLDER@λ}
 * @param mode the sweep mode, e.g. {@code UPDOWN}
 * @param seeds e.g. {@code 1, 2, 3}
 * @param paramStride keep every this-many grid point's parameters (≥ 1)
 * @param dataSeed seed of the stratified subsets
 */
public record CustomSweepState(
        boolean chosen,
        String dataset,
        String trainSize,
        String testSize,
        String network,
        String hiddenWidths,
        String activation,
        String learningRate,
        String batchSize,
        String maxEpochs,
        String patience,
        String gridKind,
        String grid,
        boolean untilTrivial,
        String ref,
        String mode,
        String seeds,
        int paramStride,
        long dataSeed) {}
