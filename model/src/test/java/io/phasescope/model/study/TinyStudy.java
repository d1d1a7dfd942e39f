package io.phasescope.model.study;

import io.phasescope.model.data.DataRequest;
import io.phasescope.model.data.DatasetSplit;
import io.phasescope.model.io.FolderLock;
import io.phasescope.model.net.Activation;
import io.phasescope.model.net.NetworkSpec;
import io.phasescope.model.sweep.Pathfinder;
import io.phasescope.model.sweep.SweepFolder;
import io.phasescope.model.sweep.SweepGrid;
import io.phasescope.model.sweep.SweepListener;
import io.phasescope.model.sweep.SweepMode;
import io.phasescope.model.sweep.SweepOverlay;
import io.phasescope.model.sweep.SweepSpec;
import io.phasescope.model.train.JobControl;
import io.phasescope.model.train.TrainingOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * A real study folder for the tests of the code that reads one: a 16-8-3 sigmoid network on 300 synthetic patterns,
 * walked up over 21 λ values from 0 to 0.4 (through a transition), one task per seed (and learning rate), each run
 * with {@link Pathfinder} into its folder and finished into study.csv as the study driver does, and the paths of
 * {@link #PATHS} as its path tasks compute them. A few seconds.
 */
public final class TinyStudy {

    /** The base sweep: seed 1, up only. */
    public static final SweepSpec BASE = new SweepSpec(
            "tiny-study",
            new DataRequest(DataRequest.Kind.PATTERNS, 300, 150, 1, null),
            new NetworkSpec(16, List.of(8), Activation.SIGMOID, 3, 1),
            TrainingOptions.defaults().withEpochs(3, 2).withLearningRate(0.01),
            SweepGrid.linear(0, 0.4, 0.02),
            SweepMode.UP,
            List.of(1L),
            1);

    /** Seeds 1 and 2 of the base. */
    public static final StudySpec SEEDS = new StudySpec(
            "tiny-seeds",
            BASE,
            new StudyVary(List.of(1L, 2L), List.of(), List.of(), List.of(), List.of()),
            List.of(),
            null);

    /** Seeds 1 and 2 at learning rates 0.01 and 0.03: two variants. */
    public static final StudySpec RATES = new StudySpec(
            "tiny-rates",
            BASE,
            new StudyVary(List.of(1L, 2L), List.of(), List.of(), List.of(), List.of(0.01, 0.03)),
            List.of(),
            null);

    /** Seed 1 with the sigmoid and ReLU at learning rates 0.01 and 0.03: four variants with long labels. */
    public static final StudySpec VARIANTS = new StudySpec(
            "tiny-variants",
            BASE,
            new StudyVary(
                    List.of(1L),
                    List.of(),
                    List.of(Activation.SIGMOID, Activation.RELU),
                    List.of(),
                    List.of(0.01, 0.03)),
            List.of(),
            null);

    /** Task 0 (seed 1) and task 1 (seed 2) of {@link #SEEDS} and {@link #PATHS}. */
    public static final String S1 = "000-patterns-sigmoid-8-lr0.01-s1";

    public static final String S2 = "001-patterns-sigmoid-8-lr0.01-s2";

    /**
     * Seeds 1 and 2 with three paths between their minima at λ = 0.02: {@code line} (linear, 5 points), {@code curve}
     * (Bézier, 5 points, 2 epochs, seed 3) and {@code walk} (Pathfinder over λ = 0, 0.01, 0.02).
     */
    public static final StudySpec PATHS = new StudySpec(
            "tiny-paths",
            BASE,
            SEEDS.vary(),
            List.of(),
            null,
            null,
            List.of(
                    new StudyPath("line", S1, S2, 0.02, "linear", 5, null, StudyPath.DEFAULT_EPOCHS, 1),
                    new StudyPath("curve", S1, S2, 0.02, "bezier", 5, null, 2, 3),
                    new StudyPath(
                            "walk",
                            S1,
                            S2,
                            0.02,
                            "pathfinder",
                            StudyPath.DEFAULT_RESOLUTION,
                            SweepGrid.linear(0, 0.02, 0.01),
                            StudyPath.DEFAULT_EPOCHS,
                            StudyPath.DEFAULT_SEED)));

    private TinyStudy() {}

    /** Creates {@code study} in {@code root} and runs its first {@code tasks} tasks to the end; the others stay pending. */
    public static StudyFolder run(Path root, StudySpec study, int tasks) throws IOException {
        StudyFolder folder = StudyFolder.openOrCreate(root, study);
        DatasetSplit data = BASE.data().load(m -> {});
        for (StudyTask task : study.tasks().subList(0, tasks)) {
            runTask(folder, task, data);
        }
        return folder;
    }

    /**
     * Puts {@code task}'s sweep folder in {@code folder} as its running task leaves it after {@code points} steps,
     * from {@code whole}, the same sweep run to its end elsewhere: its files but the lock, points.csv cut to its
     * header and first {@code points} rows. Returns the header and all rows of {@code whole}'s points.csv, for the
     * caller to append the others as the task would.
     */
    public static List<String> startWriting(StudyFolder folder, StudyTask task, Path whole, int points)
            throws IOException {
        Path written = Files.createDirectories(folder.sweepFolder(task));
        try (Stream<Path> files = Files.list(whole)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String name = f.getFileName().toString();
                if (!name.equals(SweepFolder.POINTS) && !name.equals(FolderLock.FILE)) {
                    Files.copy(f, written.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        List<String> rows = Files.readAllLines(whole.resolve(SweepFolder.POINTS));
        Files.write(written.resolve(SweepFolder.POINTS), rows.subList(0, 1 + points));
        return rows;
    }

    /**
     * Computes every path of {@code study} in {@code folder} as the study driver's path task does ({@link
     * StudyPathFolder#compute}), once its two sweeps are done.
     */
    public static void runPaths(StudyFolder folder, StudySpec study) throws IOException {
        DatasetSplit data = BASE.data().load(m -> {});
        for (StudyPath path : study.paths()) {
            StudyTask a = task(study, path.a());
            StudyPathFolder.compute(
                    path,
                    a.sweep(),
                    folder.sweepFolder(a),
                    folder.sweepFolder(task(study, path.b())),
                    folder.pathFolder(path),
                    data,
                    JobControl.none());
        }
    }

    private static StudyTask task(StudySpec study, String id) {
        return study.tasks().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    /** Runs {@code task} of {@code folder} and appends its row to study.csv. */
    public static void runTask(StudyFolder folder, StudyTask task, DatasetSplit data) throws IOException {
        SweepFolder sweep = SweepFolder.openOrCreate(folder.sweepFolder(task), task.sweep());
        Pathfinder.run(sweep, data, 1, SweepListener.none(), JobControl.none());
        folder.finish(SweepSummary.of(task, SweepOverlay.transitions(sweep), 1));
    }
}
