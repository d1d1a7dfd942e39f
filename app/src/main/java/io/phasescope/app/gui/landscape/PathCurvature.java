package io.phasescope.app.gui.landscape;

import io.phasescope.app.gui.common.StatusModel;
import io.phasescope.app.gui.task.StreamingJob;
import io.phasescope.app.landscape.LandscapeData;
import io.phasescope.app.landscape.PathResult;
import io.phasescope.app.task.JobErrors;
import io.phasescope.app.task.JobState;
import io.phasescope.app.task.TaskExecutor;
import io.phasescope.model.curvature.PathSpectra;
import io.phasescope.model.curvature.PathSpectraCsv;
import io.phasescope.model.curvature.PathSpectrum;
import io.phasescope.model.curvature.SpectraSettings;
import io.phasescope.model.data.Dataset;
import io.phasescope.model.data.StratifiedSubset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Hessian of E along the landscape's paths, computed by itself once a path lands: the largest and smallest
 * eigenvalues of ∇²E at every t of the path ({@link PathSpectra}: top {@value #TOP}, bottom {@value #BOTTOM},
 * on {@value #IMAGES} stratified training images, or all of fewer), one path at a time in the background, rows published at most
 * about 30 times a second. λ_min(∇²E) &lt; 0 marks a saddle region of E, as on the top of a barrier. A
 * Pathfinder path keeps its rows in its folder's {@code path-spectra.csv} (resumable); the others in a scratch
 * file that is deleted when the path is done (the rows stay in memory).
 *
 * <p>All methods run on the UI thread.
 */
final class PathCurvature {

    static final int TOP = 2;
    static final int BOTTOM = 2;
    static final int IMAGES = 1000;
    private static final SpectraSettings SETTINGS = new SpectraSettings(TOP, BOTTOM, 1e-2, 150, 0, 1);
    private static final Logger LOG = LoggerFactory.getLogger(PathCurvature.class);
    private static final JobErrors ERRORS =
            new JobErrors("Curvature along the path", "The path itself is kept.", "fewer training images");

    private final LandscapeData data;
    private final Path scratch;
    private final StatusModel status;
    private final ObservableMap<PathResult, List<PathSpectrum>> spectra = FXCollections.observableHashMap();
    private final Deque<Waiting> waiting = new ArrayDeque<>();
    private final StreamingJob<Arrival> job;

    /** @param scratch the folder of the scratch files of linear and Bézier paths (created when needed) */
    PathCurvature(LandscapeData data, Path scratch, TaskExecutor executor, StatusModel status) {
        this.data = data;
        this.scratch = scratch;
        this.status = status;
        job = new StreamingJob<>("path curvature", executor, status, this::arrived);
    }

    /**
     * Queues {@code path}; its spectra start once the paths before it are done.
     *
     * @param testSize the test subset the path was evaluated with, which names its data
     */
    void compute(PathResult path, int testSize) {
        spectra.put(path, List.of());
        waiting.add(new Waiting(path, testSize));
        if (job.stateProperty().get() == JobState.IDLE) {
            next();
        }
    }

    /** Stops the running computation and forgets every path's spectra. */
    void clear() {
        waiting.clear();
        job.abandon();
        spectra.clear();
    }

    /** The spectra of each path computed so far, by path (an empty list while none has arrived). */
    ObservableMap<PathResult, List<PathSpectrum>> spectra() {
        return spectra;
    }

    /** The rows of {@code path} so far, ordered by t; empty without any. */
    List<PathSpectrum> of(PathResult path) {
        return spectra.getOrDefault(path, List.of());
    }

    private void next() {
        Waiting next = waiting.poll();
        if (next == null) {
            return;
        }
        PathResult path = next.path();
        job.start(
                "Curvature along " + path.name(),
                true,
                (control, emit) -> {
                    Dataset all = data.split(path.recipe().a().dataset(), next.testSize())
                            .train();
                    Dataset train = all.size() <= IMAGES ? all : StratifiedSubset.ofSize(all, IMAGES, 1);
                    Path file = file(path);
                    try {
                        return PathSpectra.run(
                                file,
                                path.spec(),
                                path.theta(),
                                path.profile().t(),
                                train,
                                SETTINGS,
                                row -> emit.accept(new Arrival(path, row)),
                                control);
                    } finally {
                        if (path.recipe().folder() == null) {
                            Files.deleteIfExists(file);
                        }
                    }
                },
                rows -> ended(path, () -> {
                    spectra.put(path, sorted(rows));
                    LOG.info(summary(path, rows));
                }),
                () -> ended(path, () -> {}),
                error -> ended(path, () -> status.error(ERRORS.describe(error))));
    }

    private Path file(PathResult path) throws IOException {
        if (path.recipe().folder() != null) {
            return path.recipe().folder().resolve(PathSpectraCsv.FILE);
        }
        Files.createDirectories(scratch);
        Path file = Files.createTempFile(scratch, "path-spectra-", ".csv");
        Files.delete(file); // PathSpectra writes the header itself
        return file;
    }

    private void ended(PathResult path, Runnable then) {
        if (spectra.containsKey(path)) { // else cleared meanwhile
            then.run();
        }
        next();
    }

    private void arrived(List<Arrival> arrivals) {
        for (Arrival a : arrivals) {
            if (spectra.containsKey(a.path())) {
                List<PathSpectrum> rows = new ArrayList<>(spectra.get(a.path()));
                rows.add(a.row());
                spectra.put(a.path(), sorted(rows));
            }
        }
    }

    private static List<PathSpectrum> sorted(List<PathSpectrum> rows) {
        return rows.stream().sorted((x, y) -> Double.compare(x.t(), y.t())).toList();
    }

    /** One line: where along the path E curves down, if anywhere. */
    static String summary(PathResult path, List<PathSpectrum> rows) {
        List<PathSpectrum> negative = rows.stream().filter(r -> r.minE() < 0).toList();
        PathSpectrum lowest =
                rows.stream().min((x, y) -> Double.compare(x.minE(), y.minE())).orElse(null);
        if (lowest == null) {
            return "Curvature along " + path.name() + ": no points";
        }
        return String.format(
                Locale.ROOT,
                "Curvature along %s: λ_min(∇²E) < 0 at %d of %d points, lowest %.3g at "
                        + "t = %.2f (%d training images)",
                path.name(),
                negative.size(),
                rows.size(),
                lowest.minE(),
                lowest.t(),
                IMAGES);
    }

    private record Arrival(PathResult path, PathSpectrum row) {}

    private record Waiting(PathResult path, int testSize) {}
}
