package io.phasescope.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.phasescope.cluster.cli.ClusterMain;
import io.phasescope.model.study.StudySpec;
import io.phasescope.model.study.StudySpecJson;
import io.phasescope.model.study.StudyTask;
import io.phasescope.model.sweep.SweepFormatException;
import io.phasescope.model.sweep.SweepSpecJson;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class StudySpecJsonTest {

    @TempDir
    Path dir;

    @Test
    void theTinyStudyHasOneTaskPerSeedAndReadsBackEqual() throws Exception {
        StudySpec study = StudySpecJson.read(TinyStudy.write(dir.resolve("tiny.json")));

        List<StudyTask> tasks = study.tasks();
        assertThat(tasks)
                .extracting(StudyTask::id)
                .containsExactly("000-patterns-cnn-lr0.01-s1", "001-patterns-cnn-lr0.01-s2");
        assertThat(tasks).extracting(StudyTask::seed).containsExactly(1L, 2L);
        Path again = Files.writeString(dir.resolve("again.json"), StudySpecJson.toJson(study));
        assertThat(StudySpecJson.toJson(StudySpecJson.read(again))).isEqualTo(StudySpecJson.toJson(study));
    }

    @Test
    void aProductOverFieldsExpandsInOrder() throws Exception {
        Path file = spec("\"vary\": {\"seeds\": [1, 2], \"dataset\": [\"patterns\", \"patterns-paper\"],"
                + " \"activation\": [\"relu\"], \"hiddenWidths\": [[8], [16, 16]], \"learningRate\": [0.01, 0.001]}");

        List<StudyTask> tasks = StudySpecJson.read(file).tasks();

        assertThat(tasks).hasSize(2 * 2 * 2 * 2);
        assertThat(tasks.get(0).id()).isEqualTo("000-patterns-relu-8-lr0.01-s1");
        assertThat(tasks.get(15).id()).isEqualTo("015-patterns-paper-relu-16x16-lr0.001-s2");
        assertThat(tasks.get(15).fields()).containsEntry("hidden", "16x16").containsEntry("activation", "relu");
    }

    @Test
    void listedSweepsFollowTheBaseOneTaskPerSeed() throws Exception {
        String listed = SweepSpecJson.toJson(TinyStudy.sweep(List.of(7L, 8L)));
        Path file = spec("\"sweeps\": [" + listed + "]");

        List<StudyTask> tasks = StudySpecJson.read(file).tasks();

        assertThat(tasks).extracting(StudyTask::seed).containsExactly(1L, 7L, 8L);
        assertThat(tasks.get(2).id()).isEqualTo("002-patterns-cnn-lr0.01-s8");
    }

    @Test
    void aBadSpecIsRefusedNamingTheField() throws Exception {
        assertRefused(spec("\"vray\": {}"), "vray: unknown field");
        assertRefused(spec("\"vary\": {\"activation\": [\"relu\"]}"), "vary.activation");
        assertRefused(spec("\"vary\": {\"learningRate\": [0.01, -1]}"), "vary.learningRate: each must be in (0, 10]");
        assertRefused(spec("\"vary\": {\"seeds\": [1, 1]}"), "vary.seeds: values must be distinct");
        assertRefused(spec("\"refine\": {\"tolerance\": 2}"), "refine.tolerance: must be in (0, 1), was 2");
        assertRefused(spec("\"refine\": {\"tol\": 0.1}"), "refine.tol: unknown field");
        assertRefused(spec("\"vary\": {\"dataset\": [\"cifar\"]}"), "vary.dataset[0]");
        assertRefused(spec("\"vary\": {\"hiddenWidths\": [[0]]}"), "vary.hiddenWidths[0]");
        Path noBase = Files.writeString(
                dir.resolve("nobase.json"), "{\"format\": \"phasescope-study\", \"version\": 1, \"name\": \"x\"}");
        assertRefused(noBase, "base: a study needs a base sweep");
        Path badSweep = Files.writeString(
                dir.resolve("badsweep.json"),
                "{\"format\": \"phasescope-study\", \"version\": 1, \"name\": \"x\", \"sweeps\": [{\"format\": 3}]}");
        assertRefused(badSweep, "sweeps[0]");
        Path tooBig = Files.writeString(
                dir.resolve("toobig.json"),
                Files.readString(TinyStudy.write(dir.resolve("big.json")))
                        .replaceFirst("\"trainSize\" ?: ?\\d+", "\"trainSize\": 12000"));
        assertRefused(tooBig, "trainSize must be in [0, 3000] for Patterns (0 = all), was 12000");
    }

    @Test
    void theCommandRefusesABadSpecBeforeStartingAnything() throws Exception {
        Path out = dir.resolve("out");
        String badSpec = spec("\"vary\": {\"activation\": [\"relu\"]}").toString();

        assertThat(StudyCli.fails(2, "study", "--spec", badSpec, "--out", out.toString()))
                .contains("vary.activation");
        assertThat(out).doesNotExist();

        assertThat(refusedWithTheTinySpec(out, "--data", dir.resolve("nowhere").toString()))
                .contains("--data " + dir.resolve("nowhere") + " is not a folder");
        assertThat(out).doesNotExist();

        assertThat(refusedWithTheTinySpec(out, "--master", "k8s://https://127.0.0.1:6443"))
                .contains("--master k8s://", "spark-submit", "docs/scaling.md");
        assertThat(out).doesNotExist();

        assumeTrue(System.getenv("HADOOP_CONF_DIR") == null && System.getenv("YARN_CONF_DIR") == null);
        assertThat(refusedWithTheTinySpec(out, "--master", "yarn"))
                .contains("--master yarn needs HADOOP_CONF_DIR or YARN_CONF_DIR");
        assertThat(out).doesNotExist();
    }

    /** {@code study} of the tiny spec into {@code out} with {@code more}, expecting a usage error; its message. */
    private String refusedWithTheTinySpec(Path out, String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of(
                "study", "--spec", TinyStudy.write(dir.resolve("tiny.json")).toString(), "--out", out.toString()));
        args.addAll(List.of(more));
        return StudyCli.fails(2, args.toArray(String[]::new));
    }

    @Test
    void dryRunPrintsTheTasksWithAnEstimatedCpuTime() throws Exception {
        StringWriter text = new StringWriter();
        CommandLine cli = ClusterMain.commandLine();
        cli.setOut(new PrintWriter(text));

        int code = cli.execute(
                "study", "--spec", TinyStudy.write(dir.resolve("tiny.json")).toString(), "--dry-run");

        assertThat(code).isZero();
        assertThat(text.toString())
                .contains("000-patterns-cnn-lr0.01-s1", "001-patterns-cnn-lr0.01-s2")
                .containsPattern("2 tasks, estimated [0-9.]+ CPU hours");
    }

    private Path spec(String extra) throws Exception {
        Path tiny = TinyStudy.write(dir.resolve("base.json"));
        String text = Files.readString(tiny).replace(",\n \"vary\": {\"seeds\": [1, 2]}}", ",\n " + extra + "}");
        return Files.writeString(dir.resolve("spec-" + Math.abs(extra.hashCode()) + ".json"), text);
    }

    private static void assertRefused(Path file, String field) {
        assertThatThrownBy(() -> StudySpecJson.read(file))
                .isInstanceOf(SweepFormatException.class)
                .hasMessageContaining(field);
    }
}
