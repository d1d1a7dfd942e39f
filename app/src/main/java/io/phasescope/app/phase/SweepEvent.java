package io.phasescope.app.phase;

import io.phasescope.model.data.Dataset;
import io.phasescope.model.sweep.SweepFolder;
import io.phasescope.model.sweep.SweepMode.Branch;
import io.phasescope.model.sweep.SweepPoint;
import java.util.List;

/** What a running sweep reports from its threads, in order per thread. Immutable. */
public sealed interface SweepEvent {

    /** A progress message, for example from fetching MNIST. */
    record Status(String message) implements SweepEvent {}

    /**
     * The sweep folder is open.
     *
     * @param folder the folder, shared with the sweep's threads (its methods are thread-safe)
     * @param points the points already in it
     * @param probes the probes already in its {@code probes.csv}
     */
    record Opened(SweepFolder folder, List<SweepPoint> points, List<SweepPoint> probes) implements SweepEvent {}

    /**
     * The data is loaded and the sweep starts.
     *
     * @param done steps completed before
     * @param total steps of the whole sweep
     * @param samples the test examples shown as sample images
     */
    record Started(int done, int total, Dataset samples) implements SweepEvent {}

    /** A step starts training at λ. */
    record StepStarted(Branch branch, long seed, double lambda) implements SweepEvent {}

    /** An epoch of the current step ended. */
    record Epoch(Branch branch, long seed, int epoch, int maxEpochs) implements SweepEvent {}

    /** A step completed: {@code done} of {@code total}. */
    record Point(SweepPoint point, int done, int total) implements SweepEvent {}

    /** The until-trivial extension grew the grid to end at {@code lambdaTo}; {@code why} says where the walk stands. */
    record GridExtended(long seed, double lambdaTo, String why) implements SweepEvent {}
}
