package io.phasescope.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasescope.model.study.StudyFolder;
import io.phasescope.model.sweep.SweepFolder;
import io.phasescope.model.sweep.SweepGrid;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults of a study on Spark (issue #16), each against an uninterrupted run of the same 4-sweep study (the tiny
 * patterns sweep on 11 λ values, seeds 1 to 4, local[2] in this JVM): a standalone worker SIGKILLed while it runs a
 * sweep, and the driver SIGKILLed mid-study and started again. Either way the study completes, every sweep folder
 * equals the uninterrupted run's byte for byte apart from wall time, and study.csv holds each task once.
 */
@Tag("kill")
@Tag("slow")
class StudyFaultsTest {

    private static final int TASKS = 4;
    private static final int POINTS = 11;

    @TempDir
    static Path shared;

    static Path spec;
    static Path uninterrupted;

    @TempDir
    Path dir;

    private final List<Process> children = new ArrayList<>();

    @BeforeAll
    static void runTheStudyUninterrupted() throws IOException {
        spec = TinyStudy.write(shared.resolve("faults.json"), SweepGrid.linear(0, 0.5, 0.05), "[1, 2, 3, 4]");
        uninterrupted = shared.resolve("uninterrupted");
        String text = StudyCli.run(
                "study",
                "--spec",
                spec.toString(),
                "--out",
                uninterrupted.toString(),
                "--master",
                "local[2]",
                "--no-ui");
        assertThat(text).contains("Study complete: 4 of 4 tasks done, 0 failed");
    }

    @AfterEach
    void killTheChildren() throws InterruptedException {
        for (Process child : children) {
            ChildJvm.kill(child);
        }
    }

    @Test
    void aWorkerKilledMidTaskLeavesTheSameStudyAsAnUninterruptedRun() throws Exception {
        Path home = ChildJvm.sparkHome(dir.resolve("spark-home"));
        int port = freePort();
        String master = "spark://127.0.0.1:" + port;
        Path masterLog = dir.resolve("master.log");
        children.add(ChildJvm.start(
                masterLog,
                home,
                "cluster",
                "master",
                "--port",
                String.valueOf(port),
                "--webui-port",
                String.valueOf(freePort())));
        ChildJvm.await("master listening", children.get(0), 60, () -> listening(port));
        List<Process> workers = new ArrayList<>();
        for (int w = 1; w <= 2; w++) {
            Process worker = ChildJvm.start(
                    dir.resolve("worker-" + w + ".log"),
                    home,
                    "cluster",
                    "worker",
                    master,
                    "--cores",
                    "1",
                    "--memory",
                    "1g",
                    "--webui-port",
                    String.valueOf(freePort()),
                    "--work-dir",
                    dir.resolve("work-" + w).toString());
            workers.add(worker);
            children.add(worker);
        }
        ChildJvm.await(
                "two workers registered",
                children.get(0),
                60,
                () -> ChildJvm.count(masterLog, "Registering worker") == 2);
        Path out = dir.resolve("study");
        Path driverLog = dir.resolve("driver.log");
        Process driver = ChildJvm.start(
                driverLog,
                home,
                "study",
                "--spec",
                spec.toString(),
                "--out",
                out.toString(),
                "--master",
                master,
                "--no-ui");
        children.add(driver);

        // the worker whose executor holds the lock of a sweep folder with some but not all of its points
        Process[] victim = new Process[1];
        ChildJvm.await("a sweep half done on a worker", driver, 120, () -> {
            victim[0] = halfDoneSweepHolder(out)
                    .flatMap(pid -> workers.stream()
                            .filter(w -> w.descendants().anyMatch(d -> d.pid() == pid))
                            .findFirst())
                    .orElse(null);
            return victim[0] != null;
        });
        victim[0].destroyForcibly();

        assertThat(driver.waitFor(120, TimeUnit.SECONDS)).as("the study ends").isTrue();
        assertThat(Files.readString(driverLog))
                .as("driver log")
                .contains(
                        "Lost executor",
                        "its executor exited for a reason unrelated to the task",
                        "Study complete: 4 of 4 tasks done, 0 failed");
        assertSameStudy(out);
    }

    @Test
    void aDriverKilledMidStudyResumesToTheSameStudyAsAnUninterruptedRun() throws Exception {
        Path home = ChildJvm.sparkHome(dir.resolve("spark-home"));
        Path out = dir.resolve("study");
        String[] study = {"study", "--spec", spec.toString(), "--out", out.toString(), "--master", "local[2]", "--no-ui"
        };
        Process driver = ChildJvm.start(dir.resolve("driver-1.log"), home, study);
        children.add(driver);
        ChildJvm.await(
                "a finished task and a sweep half done",
                driver,
                120,
                () -> rows(out) >= 1 && halfDoneSweepHolder(out).isPresent());
        ChildJvm.kill(driver);
        long finished = rows(out);

        Path log = dir.resolve("driver-2.log");
        Process again = ChildJvm.start(log, home, study);
        children.add(again);

        assertThat(again.waitFor(120, TimeUnit.SECONDS))
                .as("the resumed study ends")
                .isTrue();
        assertThat(Files.readString(log))
                .contains(
                        "Resuming: " + finished + " of 4 tasks done already, skipped; " + (TASKS - finished)
                                + " to run.",
                        "Study complete: 4 of 4 tasks done, 0 failed");
        assertSameStudy(out);
    }

    /**
     * Every sweep folder as the uninterrupted run's, study.csv's rows (apart from wall time) once each, and no
     * temporary file of a killed writer anywhere.
     */
    private static void assertSameStudy(Path out) throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(name -> name.endsWith(".tmp")))
                    .as("temporary files left in %s", out)
                    .isEmpty();
        }
        for (Path expected : sweeps(uninterrupted)) {
            SweepFolders.assertSame(out.resolve(uninterrupted.relativize(expected)), expected);
        }
        assertThat(SweepFolders.withoutColumn(out.resolve(StudyFolder.CSV), "wall_seconds"))
                .as("study.csv apart from wall time")
                .containsExactlyInAnyOrderElementsOf(
                        SweepFolders.withoutColumn(uninterrupted.resolve(StudyFolder.CSV), "wall_seconds"));
    }

    private static List<Path> sweeps(Path study) throws IOException {
        try (Stream<Path> list = Files.list(study.resolve(StudyFolder.SWEEPS))) {
            List<Path> sweeps = list.sorted().toList();
            assertThat(sweeps).hasSize(TASKS);
            return sweeps;
        }
    }

    /** The pid of the process writing a sweep that has some but not all of its points, if any. */
    private static Optional<Long> halfDoneSweepHolder(Path study) {
        try (Stream<Path> list = Files.list(study.resolve(StudyFolder.SWEEPS))) {
            for (Path sweep : list.toList()) {
                Path points = sweep.resolve(SweepFolder.POINTS);
                long rows = Files.exists(points) ? Files.readAllLines(points).size() - 1 : 0;
                Path lock = sweep.resolve(io.phasescope.model.io.FolderLock.FILE);
                if (rows >= 1 && rows < POINTS && Files.exists(lock)) {
                    String holder = Files.readString(lock);
                    if (holder.startsWith("pid ")) {
                        return Optional.of(Long.parseLong(holder.substring(4, holder.indexOf(','))));
                    }
                }
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // not there yet, or a file being written
        }
    }

    private static long rows(Path study) {
        return ChildJvm.count(study.resolve(StudyFolder.CSV), "-patterns-");
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
