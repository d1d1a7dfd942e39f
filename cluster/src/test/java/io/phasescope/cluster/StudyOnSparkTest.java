package io.phasescope.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.phasescope.cluster.cli.ClusterMain;
import io.phasescope.model.data.DataRequest;
import io.phasescope.model.io.FolderLock;
import io.phasescope.model.net.Activation;
import io.phasescope.model.net.NetworkSpec;
import io.phasescope.model.sweep.Pathfinder;
import io.phasescope.model.sweep.SweepFolder;
import io.phasescope.model.sweep.SweepListener;
import io.phasescope.model.sweep.SweepSpec;
import io.phasescope.model.sweep.SweepSpecJson;
import io.phasescope.model.train.JobControl;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The tiny study on Spark's local[2]: completes, resumes without work, and writes the folders {@code sweep} writes. */
class StudyOnSparkTest {

    @TempDir
    Path dir;

    @Test
    void theTinyStudyCompletesOnLocal2AndARerunDoesNothing() throws Exception {
        Path spec = TinyStudy.write(dir.resolve("tiny.json"));
        Path out = dir.resolve("study");

        String first =
                run("study", "--spec", spec.toString(), "--out", out.toString(), "--master", "local[2]", "--no-ui");

        assertThat(first).contains("[1/2] done", "[2/2] done", "Study complete: 2 of 2 tasks done, 0 failed");
        for (String task : List.of("000-patterns-cnn-lr0.01-s1", "001-patterns-cnn-lr0.01-s2")) {
            Path sweep = out.resolve("sweeps").resolve(task);
            assertThat(SweepFolder.open(sweep).points()).hasSize(4);
            assertThat(sweep.resolve(SweepFolder.TRANSITIONS)).exists();
        }
        JsonNode manifest =
                new ObjectMapper().readTree(out.resolve("study.json").toFile());
        assertThat(manifest.path("spec").path("name").asText()).isEqualTo("tiny");
        assertThat(manifest.path("tasks")).hasSize(2);
        manifest.path("tasks").forEach(t -> assertThat(t.path("state").asText()).isEqualTo("done"));
        List<String> rows = Files.readAllLines(out.resolve("study.csv"));
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).startsWith("task,dataset,activation,hidden,learning_rate,seed,full,partial,lambda_c");
        assertThat(rows.subList(1, 3))
                .allSatisfy(r -> assertThat(r).startsWith("00").contains(",patterns,cnn,cnn,0.01,"));

        String second =
                run("study", "--spec", spec.toString(), "--out", out.toString(), "--master", "local[2]", "--no-ui");

        assertThat(second).contains("All 2 tasks of study 'tiny' are done already (study.csv); nothing to run.");
        assertThat(Files.readAllLines(out.resolve("study.csv"))).isEqualTo(rows);
    }

    @Test
    void aDriverKilledBeforeRecordingATaskRecordsItOnceOnTheRerun() throws Exception {
        Path spec = TinyStudy.write(dir.resolve("tiny.json"));
        Path out = dir.resolve("study");
        String[] args = {"study", "--spec", spec.toString(), "--out", out.toString(), "--master", "local[2]", "--no-ui"
        };
        run(args);
        List<String> rows = Files.readAllLines(out.resolve("study.csv"));
        // as if the driver died after the task's sweep finished and before its row was appended
        Files.write(out.resolve("study.csv"), rows.subList(0, 2));
        String lost = rows.get(2).substring(0, rows.get(2).indexOf(','));
        byte[] points = Files.readAllBytes(out.resolve("sweeps").resolve(lost).resolve("points.csv"));

        String rerun = run(args);

        assertThat(rerun).contains("Resuming: 1 of 2 tasks done already, skipped; 1 to run.", "[2/2] done " + lost);
        List<String> after = Files.readAllLines(out.resolve("study.csv"));
        assertThat(after).hasSize(3);
        assertThat(after.subList(0, 2)).isEqualTo(rows.subList(0, 2));
        assertThat(after.get(2)).startsWith(lost + ",");
        assertThat(out.resolve("sweeps").resolve(lost).resolve("points.csv")).hasBinaryContent(points);
    }

    @Test
    void aStudySweepFolderEqualsTheSweepCommandsApartFromSeconds() throws Exception {
        Path out = dir.resolve("study");
        run(
                "study",
                "--spec",
                TinyStudy.write(dir.resolve("tiny.json")).toString(),
                "--out",
                out.toString(),
                "--master",
                "local[1]",
                "--no-ui");
        // what SweepCommand does for `sweep --spec` with one seed: lock, open or create, Pathfinder on the folder
        SweepSpec one = TinyStudy.sweep(List.of(2L));
        Path alone = Files.createDirectories(dir.resolve("alone"));
        try (FolderLock lock = FolderLock.acquire(alone)) {
            SweepFolder folder = SweepFolder.openOrCreate(alone, one);
            Pathfinder.run(folder, one.data().load(m -> {}), 1, SweepListener.none(), JobControl.none());
        }

        Path studied = out.resolve("sweeps/001-patterns-cnn-lr0.01-s2");
        assertThat(SweepFolders.withoutColumn(studied.resolve("points.csv"), "seconds"))
                .isEqualTo(SweepFolders.withoutColumn(alone.resolve("points.csv"), "seconds"));
        assertThat(Files.readString(studied.resolve("sweep.json")))
                .isEqualTo(Files.readString(alone.resolve("sweep.json")));
        for (String file : List.of("confusion.csv", "samples.csv")) {
            assertThat(studied.resolve(file)).hasSameBinaryContentAs(alone.resolve(file));
        }
    }

    @Test
    void aTaskThatFailsIsMarkedFailedWithItsErrorAndTheCommandExitsWith1() throws Exception {
        Path missing = dir.resolve("no-mnist-here");
        Path spec = Files.writeString(
                dir.resolve("mnist.json"),
                "{\"format\": \"phasescope-study\", \"version\": 1, \"name\": \"broken\", \"base\": "
                        + SweepSpecJson.toJson(TinyStudy.sweep(List.of(1L))
                                .withData(new DataRequest(DataRequest.Kind.MNIST, 100, 100, 1, missing))
                                .withNetwork(new NetworkSpec(784, List.of(8), Activation.SIGMOID, 10, 1)))
                        + "}");
        Path out = dir.resolve("study");
        StringWriter text = new StringWriter();
        CommandLine cli = ClusterMain.commandLine();
        cli.setOut(new PrintWriter(text));
        cli.setErr(new PrintWriter(new StringWriter()));

        int code = cli.execute(
                "study", "--spec", spec.toString(), "--out", out.toString(), "--master", "local[1]", "--no-ui");

        assertThat(code).isEqualTo(1);
        assertThat(text.toString())
                .contains("[1/1] FAILED 000-mnist-sigmoid-8-lr0.01-s1", "0 of 1 tasks done, 1 failed");
        JsonNode task = new ObjectMapper()
                .readTree(out.resolve("study.json").toFile())
                .path("tasks")
                .get(0);
        assertThat(task.path("state").asText()).isEqualTo("failed");
        assertThat(task.path("error").asText()).contains("no-mnist-here");
        assertThat(Files.readAllLines(out.resolve("study.csv"))).hasSize(1);
    }

    private static String run(String... args) {
        return StudyCli.run(args);
    }
}
