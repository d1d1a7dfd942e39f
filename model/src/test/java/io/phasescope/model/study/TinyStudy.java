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
 * with {@link Pathfinder} into its folder and finished into study.csv as the study driver does. A few seconds.
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

    /** Runs {@code task} of {@code folder} and appends its row to study.csv. */
    public static void runTask(StudyFolder folder, StudyTask task, DatasetSplit data) throws IOException {
        SweepFolder sweep = SweepFolder.openOrCreate(folder.sweepFolder(task), task.sweep());
        Pathfinder.run(sweep, data, 1, SweepListener.none(), JobControl.none());
        folder.finish(SweepSummary.of(task, SweepOverlay.transitions(sweep), 1));
    }
}
