package io.phasescope.model.sweep;

import io.phasescope.model.data.Dataset;
import io.phasescope.model.data.DatasetSplit;
import io.phasescope.model.net.Architecture;
import io.phasescope.model.sweep.SweepMode.Branch;
import io.phasescope.model.train.DivergenceException;
import io.phasescope.model.train.Engines;
import io.phasescope.model.train.EpochMetrics;
import io.phasescope.model.train.Evaluation;
import io.phasescope.model.train.JobControl;
import io.phasescope.model.train.Predictions;
import io.phasescope.model.train.Trainer;
import io.phasescope.model.train.TrainingEngine;
import io.phasescope.model.train.TrainingListener;
import io.phasescope.model.train.TrainingOptions;
import io.phasescope.model.train.TrainingResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The paper's algorithm: warm-started continuation in λ. For each seed and branch it walks the grid;
 * at each λ it starts from the previous step's parameters (cold: from the initialization, or the folder's
 * start θ when it has one), resets Adam,
 * trains to convergence, appends the point (with its confusion matrix and sample-panel predictions) to the folder
 * and saves the parameters, so that a crash
 * loses no completed step and a rerun resumes exactly where it stopped. Seeds run concurrently, one
 * engine per worker thread.
 */
public final class Pathfinder {

    private static final Logger LOG = LoggerFactory.getLogger(Pathfinder.class);

    private final SweepFolder folder;
    private final DatasetSplit data;
    private final SweepListener listener;
    private final JobControl control;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger total = new AtomicInteger();
    private final Dataset samplePanel;

    private Pathfinder(
            SweepFolder folder, DatasetSplit data, SweepListener listener, JobControl control, int done, int total) {
        this.folder = folder;
        this.data = data;
        this.listener = listener;
        this.control = control;
        this.done.set(done);
        this.total.set(total);
        Dataset test = data.test();
        this.samplePanel = test.subset(
                test.name() + " sample panel",
                IntStream.range(0, Math.min(PointDetails.SAMPLE_PANEL, test.size()))
                        .toArray());
    }

    /**
     * Runs (or resumes) the sweep in {@code folder} on {@code data} with up to {@code workers} seeds at once.
     *
     * @return all points in the folder afterwards
     * @throws io.phasescope.model.train.CancelledException when cancelled; completed steps stay on disk
     * @throws DivergenceException when a step diverges; it is recorded in {@code failures.csv}
     */
    public static List<SweepPoint> run(
            SweepFolder folder, DatasetSplit data, int workers, SweepListener listener, JobControl control)
            throws IOException {
        SweepSpec spec = folder.spec();
        if (data.train().featureCount() != spec.network().inputSize()
                || data.train().classCount() != spec.network().classCount()) {
            throw new IllegalArgumentException(
                    "data " + data.train() + " does not fit " + spec.network().describe());
        }
        folder.repairDetails();
        Pathfinder pathfinder = new Pathfinder(
                folder, data, listener, control, folder.points().size(), spec.totalSteps() + extensionSteps(folder));
        int threads = Math.max(1, Math.min(workers, spec.seeds().size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "pathfinder");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (long seed : spec.seeds()) {
                runs.add(pool.submit(() -> {
                    pathfinder.runSeed(seed);
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                await(run, runs);
            }
        } finally {
            pool.shutdownNow();
        }
        return folder.points();
    }

    private static void await(Future<?> run, List<Future<?>> all) throws IOException {
        try {
            run.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            all.forEach(f -> f.cancel(true));
            throw new io.phasescope.model.train.CancelledException();
        } catch (ExecutionException e) {
            all.forEach(f -> f.cancel(true));
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(cause);
        }
    }

    private void runSeed(long seed) throws IOException {
        SweepSpec spec = folder.spec();
        Architecture network = spec.network().withInitSeed(seed);
        float[] initial = folder.start().orElseGet(network::initialize);
        try (TrainingEngine engine = Engines.create(network, initial, spec.options())) {
            int upTop = -1;
            for (Branch branch : spec.mode().branches()) {
                int last = runBranch(engine, branch, seed, initial, upTop);
                if (branch == Branch.UP) {
                    upTop = last;
                }
            }
        }
    }

    /**
     * Walks one branch from where it stopped; an up branch with an until-trivial extension goes on past the grid.
     * A down branch after an up branch starts at the up branch's last point ({@code upTop}).
     *
     * @return the grid index of the branch's last point, or −1 when it has none
     */
    private int runBranch(TrainingEngine engine, Branch branch, long seed, float[] initial, int upTop)
            throws IOException {
        SweepSpec spec = folder.spec();
        int base = spec.grid().values().length;
        boolean extending = branch == Branch.UP && spec.untilTrivial().enabled();
        int top = branch == Branch.DOWN && upTop >= 0 ? upTop : base - 1;
        List<SweepPoint> previous = folder.points().stream()
                .filter(p -> p.branch() == branch && p.seed() == seed && p.index() >= 0)
                .toList();
        List<SweepPoint> branchPoints = new ArrayList<>(previous);
        float[] theta = startingPoint(branch, seed, initial, previous, top);
        for (int k = previous.size(); ; k++) {
            if (k > top && !(extending && goesOn(seed, k, branchPoints))) {
                break;
            }
            control.checkpoint();
            int index = branch == Branch.DOWN ? top - k : k;
            double lambda = folder.grid().values()[index];
            listener.onStepStarted(branch, seed, lambda);
            TrainingOptions options = spec.options().withLambda(lambda).withShuffleSeed(stepSeed(seed, branch, index));
            engine.setParameters(branch == Branch.COLD ? initial : theta);
            TrainingResult result;
            long start = System.nanoTime();
            try {
                result = Trainer.fit(engine, data, options, new EpochRelay(branch, seed), control, false);
            } catch (DivergenceException e) {
                folder.recordFailure(branch, seed, lambda, e.getMessage());
                throw new DivergenceException("sweep step " + branch.id() + " seed " + seed + " at λ = " + lambda
                        + " diverged: " + e.getMessage() + "; completed steps are kept in " + folder.root());
            }
            SweepPoint point = point(branch, seed, index, result, (System.nanoTime() - start) / 1e9);
            Predictions panel = engine.predict(samplePanel);
            PointDetails details = new PointDetails(
                    point.key(), result.evaluation().confusion(), panel.predicted(), panel.confidence());
            folder.saveState(branch, seed, index, result.theta());
            branchPoints.add(point);
            keepParameters(branch, seed, index, branchPoints);
            folder.append(point, details);
            int previousIndex = k == 0 ? -1 : (branch == Branch.DOWN ? index + 1 : index - 1);
            folder.pruneState(branch, seed, index, previousIndex);
            theta = result.theta();
            int completed = done.incrementAndGet();
            listener.onPoint(point, completed, Math.max(completed, total.get()));
            LOG.debug(
                    "{} seed {} λ={} acc={} |θ|={} epochs={}",
                    branch.id(),
                    seed,
                    lambda,
                    point.testAccuracy(),
                    point.norm(),
                    point.epochs());
        }
        if (branchPoints.isEmpty()) {
            return -1;
        }
        int last = branchPoints.get(branchPoints.size() - 1).index();
        folder.keep(branch, seed, last);
        return last;
    }

    /**
     * Whether the up branch, {@code k} points past its start and beyond the grid, goes on: not yet
     * {@link UntilTrivial#TRIVIAL_POINTS} trivial points in a row, and below the cap. Grows the grid first when
     * point {@code k} lies beyond it.
     */
    private boolean goesOn(long seed, int k, List<SweepPoint> branchPoints) throws IOException {
        SweepSpec spec = folder.spec();
        int trivialRun = 0;
        for (int i = branchPoints.size() - 1; i >= 0 && Phase.isTrivial(branchPoints.get(i)); i--) {
            trivialRun++;
        }
        if (trivialRun >= UntilTrivial.TRIVIAL_POINTS
                || k >= spec.untilTrivial().maxPoints(spec.grid())) {
            return false;
        }
        total.addAndGet(spec.mode() == SweepMode.UPDOWN ? 2 : 1);
        if (k >= folder.grid().values().length) {
            folder.extendGridTo(k + 1);
            SweepPoint last = branchPoints.get(branchPoints.size() - 1);
            listener.onGridExtended(
                    seed,
                    folder.grid().stop(),
                    String.format(
                            java.util.Locale.ROOT,
                            "seed %d is not yet trivial at λ = %.6g (test accuracy %.3f, E_test %.4f nats;"
                                    + " trivial: E_test within 0.05 of ln C at chance accuracy, %d points in a row)",
                            seed,
                            last.lambda(),
                            last.testAccuracy(),
                            last.testLoss(),
                            UntilTrivial.TRIVIAL_POINTS));
        }
        return true;
    }

    /** The parameters a branch continues from: its last saved state, else the up branch's end (down after up), else θ₀. */
    private float[] startingPoint(Branch branch, long seed, float[] initial, List<SweepPoint> previous, int top)
            throws IOException {
        if (branch == Branch.COLD) {
            return initial;
        }
        if (!previous.isEmpty()) {
            SweepPoint last = previous.get(previous.size() - 1);
            return folder.parameters(branch, seed, last.index())
                    .orElseThrow(() -> new SweepFormatException(folder.root()
                            + ": the parameters of the last completed step (" + branch.id() + ", seed " + seed
                            + ", λ = "
                            + last.lambda() + ") are missing from state/; the sweep cannot resume from it"));
        }
        if (branch == Branch.DOWN && folder.spec().mode() == SweepMode.UPDOWN) {
            return folder.parameters(Branch.UP, seed, top)
                    .orElseThrow(() -> new SweepFormatException(
                            folder.root() + ": the up branch's last parameters (seed " + seed + ") are missing"));
        }
        return initial;
    }

    /** Keeps every paramStride-th point and both sides of a fresh jump (the branch's last point is kept at its end). */
    private void keepParameters(Branch branch, long seed, int index, List<SweepPoint> branchPoints) throws IOException {
        if (index % folder.spec().paramStride() == 0) {
            folder.keep(branch, seed, index);
        }
        if (branch != Branch.COLD && TransitionDetector.isFreshJump(branchPoints)) {
            folder.keep(branch, seed, branchPoints.get(branchPoints.size() - 2).index());
            folder.keep(branch, seed, index);
        }
    }

    /** The steps the extension already added: each seed's up points past the grid, twice for up and down. */
    private static int extensionSteps(SweepFolder folder) throws IOException {
        int base = folder.spec().grid().values().length;
        long beyond = folder.points().stream()
                .filter(p -> p.branch() == Branch.UP && p.index() >= base)
                .count();
        return (int) beyond * (folder.spec().mode() == SweepMode.UPDOWN ? 2 : 1);
    }

    private static SweepPoint point(Branch branch, long seed, int index, TrainingResult result, double seconds) {
        Evaluation e = result.evaluation();
        return new SweepPoint(
                branch,
                seed,
                index,
                e.lambda(),
                e.trainLoss(),
                e.regLoss(),
                e.testLoss(),
                e.testAccuracy(),
                e.norm(),
                e.distRef(),
                result.epochs(),
                seconds,
                e.perClassAccuracy(),
                result.stopReason());
    }

    /** A shuffle seed that depends only on (seed, branch, grid index), so a resumed step shuffles as the original. */
    static long stepSeed(long seed, Branch branch, int index) {
        long h = seed * 0x9E3779B97F4A7C15L + branch.ordinal() * 0xBF58476D1CE4E5B9L + index * 0x94D049BB133111EBL;
        h ^= h >>> 31;
        return h;
    }

    /** Forwards epochs of the current step to the sweep listener. */
    private final class EpochRelay implements TrainingListener {
        private final Branch branch;
        private final long seed;

        EpochRelay(Branch branch, long seed) {
            this.branch = branch;
            this.seed = seed;
        }

        @Override
        public void onEpoch(EpochMetrics metrics) {
            listener.onEpoch(branch, seed, metrics);
        }
    }
}
