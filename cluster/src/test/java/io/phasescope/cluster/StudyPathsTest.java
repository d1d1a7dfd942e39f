package io.phasescope.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.phasescope.model.io.FloatFiles;
import io.phasescope.model.landscape.BezierPath;
import io.phasescope.model.landscape.LinearPath;
import io.phasescope.model.landscape.PathCsv;
import io.phasescope.model.landscape.PathEvaluator;
import io.phasescope.model.landscape.PathFiles;
import io.phasescope.model.landscape.PathfinderPath;
import io.phasescope.model.net.NetworkSpec;
import io.phasescope.model.study.StudySpecJson;
import io.phasescope.model.sweep.SweepFolder;
import io.phasescope.model.sweep.SweepFormatException;
import io.phasescope.model.sweep.SweepGrid;
import io.phasescope.model.sweep.SweepListener;
import io.phasescope.model.sweep.SweepMode.Branch;
import io.phasescope.model.sweep.SweepSpecJson;
import io.phasescope.model.train.JobControl;
import io.phasescope.model.train.TrainingOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Paths between minima in a study: one Spark task per path once both sweeps are done, written as the model's
 * {@link PathEvaluator} computes the linear path, {@link BezierPath} the trained curve and {@link PathfinderPath} the
 * Pathfinder walk, path.json naming the sweep folders it joins; a rerun skips a finished path and computes a missing
 * one; a bad {@code paths} entry is refused naming it.
 */
class StudyPathsTest {

    private static final String S1 = "000-patterns-sigmoid-8-lr0.01-s1";
    private static final String S2 = "001-patterns-sigmoid-8-lr0.01-s2";

    @TempDir
    Path dir;

    private Path spec(String paths) throws Exception {
        return Files.writeString(
                dir.resolve("study.json"),
                "{\"format\": \"phasescope-study\", \"version\": 1, \"name\": \"paths\", \"base\": "
                        + SweepSpecJson.toJson(TinyStudy.mlp(List.of(1L))) + ", \"vary\": {\"seeds\": [1, 2]},"
                        + " \"paths\": " + paths + "}");
    }

    @Test
    void theLinearPathBetweenTwoSeedsMinimaIsWrittenOnceBothSweepsAreDoneAndResumes() throws Exception {
        Path spec = spec("[{\"name\": \"s1-s2\", \"a\": \"" + S1 + "\", \"b\": \"" + S2 + "\", \"lambda\": 0.1,"
                + " \"resolution\": 5}]");
        Path out = dir.resolve("study");
        String[] args = {"study", "--spec", spec.toString(), "--out", out.toString(), "--master", "local[2]", "--no-ui"
        };

        assertThat(StudyCli.run("study", "--spec", spec.toString(), "--dry-run"))
                .containsPattern("path s1-s2: linear, " + S1 + " to " + S2 + " at λ = 0.1, 5 points, estimated");
        String first = StudyCli.run(args);

        assertThat(first).contains("[2/2] done", "[path 1/1] done s1-s2: loss barrier");
        Path folder = out.resolve("paths").resolve("s1-s2");
        float[] a = kept(out, S1, 1, 1);
        float[] b = kept(out, S2, 2, 1);
        String expected = PathCsv.text(PathEvaluator.evaluate(
                "linear",
                TinyStudy.mlp(List.of(1L)).network(),
                t -> LinearPath.at(a, b, t),
                b,
                PathEvaluator.grid(-0.25, 1.25, 5),
                TinyStudy.mlp(List.of(1L)).data().load(m -> {}),
                JobControl.none()));
        assertThat(folder.resolve("path.csv")).hasContent(expected.strip());
        assertThat(folder.resolve("path.json")).exists();

        assertThat(StudyCli.run(args))
                .contains("All 2 tasks and 1 paths of study 'paths' are done already (study.csv); nothing to run.");

        Files.delete(folder.resolve("path.json"));
        String again = StudyCli.run(args);

        assertThat(again).contains("[path 1/1] done s1-s2").doesNotContain("[1/2] done");
        assertThat(folder.resolve("path.csv")).hasContent(expected.strip());
    }

    @Test
    void aPathfinderPathIsThePathCommandsWalkFromAToB() throws Exception {
        Path spec = spec("[{\"name\": \"walk\", \"a\": \"" + S1 + "\", \"b\": \"" + S2 + "\", \"kind\": \"pathfinder\","
                + " \"grid\": {\"start\": 0, \"stop\": 0.02, \"step\": 0.01}}]");
        Path out = dir.resolve("study");

        String text = StudyCli.run(
                "study", "--spec", spec.toString(), "--out", out.toString(), "--master", "local[2]", "--no-ui");

        assertThat(text).contains("[path 1/1] done walk: loss barrier");
        float[] a = kept(out, S1, 1, 0);
        float[] b = kept(out, S2, 2, 0);
        // what path --kind pathfinder --lambda-grid 0:0.02:0.01 computes between the two models
        var mlp = TinyStudy.mlp(List.of(1L));
        String expected = PathCsv.text(PathfinderPath.run(
                        ((NetworkSpec) mlp.network()).withInitSeed(1),
                        a,
                        b,
                        mlp.data().load(m -> {}),
                        mlp.data(),
                        TrainingOptions.defaults(),
                        SweepGrid.linear(0, 0.02, 0.01),
                        dir.resolve("alone"),
                        SweepListener.none(),
                        JobControl.none())
                .profile());
        assertThat(out.resolve("paths/walk/path.csv")).hasContent(expected.strip());
        assertThat(SweepFolder.open(out.resolve("paths/walk/sweep")).points()).hasSize(3);
    }

    @Test
    void aBezierPathIsThePathCommandsCurveAndItsFolderNamesTheSweepsItJoins() throws Exception {
        Path spec = spec("[{\"name\": \"curve\", \"a\": \"" + S1 + "\", \"b\": \"" + S2 + "\", \"lambda\": 0.1,"
                + " \"kind\": \"bezier\", \"resolution\": 5, \"epochs\": 2, \"seed\": 3}]");
        Path out = dir.resolve("study");

        assertThat(StudyCli.run("study", "--spec", spec.toString(), "--dry-run"))
                .containsPattern(
                        "path curve: bezier, " + S1 + " to " + S2 + " at λ = 0.1, 5 points, 2 epochs, estimated");
        String text = StudyCli.run(
                "study", "--spec", spec.toString(), "--out", out.toString(), "--master", "local[2]", "--no-ui");

        assertThat(text).contains("[path 1/1] done curve: loss barrier");
        float[] a = kept(out, S1, 1, 1);
        float[] b = kept(out, S2, 2, 1);
        var mlp = TinyStudy.mlp(List.of(1L));
        var data = mlp.data().load(m -> {});
        // what path --kind bezier --epochs 2 --seed 3 --resolution 5 computes between the two models
        float[] c =
                BezierPath.fit(mlp.network(), a, b, data.train(), TrainingOptions.defaults(), 2, 3, JobControl.none());
        String expected = PathCsv.text(PathEvaluator.evaluate(
                "bezier",
                mlp.network(),
                t -> BezierPath.at(a, c, b, t),
                b,
                PathEvaluator.grid(0, 1, 5),
                data,
                JobControl.none()));
        Path folder = out.resolve("paths/curve");
        assertThat(folder.resolve(PathFiles.CSV)).hasContent(expected.strip());
        assertThat(FloatFiles.read(folder.resolve(PathFiles.CONTROL), c.length)).containsExactly(c);
        JsonNode json =
                new ObjectMapper().readTree(folder.resolve(PathFiles.SUMMARY).toFile());
        assertThat(json.path(PathFiles.PATH_KIND).asText()).isEqualTo("bezier");
        assertThat(json.path(PathFiles.SWEEP_A).asText()).isEqualTo("../../sweeps/" + S1);
        assertThat(json.path(PathFiles.SWEEP_B).asText()).isEqualTo("../../sweeps/" + S2);
        assertThat(json.path(PathFiles.LAMBDA).asDouble()).isEqualTo(0.1);
        // the spec with its Bézier fields reads back as the one study.json holds
        assertThat(StudyCli.run(
                        "study", "--spec", spec.toString(), "--out", out.toString(), "--master", "local[2]", "--no-ui"))
                .contains("All 2 tasks and 1 paths of study 'paths' are done already");
    }

    @Test
    void aBadPathIsRefusedNamingIt() throws Exception {
        for (String[] bad : new String[][] {
            {"[{\"name\": \"p\", \"a\": \"" + S1 + "\", \"b\": \"nope\"}]", "paths.p.b: no task nope"},
            {"[{\"name\": \"p\", \"a\": \"" + S1 + "\", \"b\": \"" + S1 + "\"}]", "paths.p.a, .b: two different task"},
            {
                "[{\"name\": \"p\", \"a\": \"" + S1 + "\", \"b\": \"" + S2 + "\", \"lambda\": 0.15}]",
                "paths.p.lambda: 0.15 is not a point of the up walk of " + S1
            },
            {
                "[{\"name\": \"p\", \"a\": \"" + S1 + "\", \"b\": \"" + S2 + "\", \"resolution\": 1}]",
                "paths.p.resolution: must be in [2, 10001], was 1"
            },
            {
                "[{\"name\": \"p\", \"a\": \"" + S1 + "\", \"b\": \"" + S2 + "\", \"kind\": \"curve\"}]",
                "paths.p.kind: must be linear, bezier or pathfinder, was curve"
            },
            {
                "[{\"name\": \"p\", \"a\": \"" + S1 + "\", \"b\": \"" + S2
                        + "\", \"kind\": \"bezier\", \"epochs\": 0}]",
                "paths.p.epochs: must be in [1, 100000], was 0"
            },
            {
                "[{\"name\": \"p\", \"a\": \"" + S1 + "\", \"b\": \"" + S2
                        + "\", \"kind\": \"bezier\", \"epochs\": 2.5}]",
                "paths[0].epochs: must be an integer, was 2.5"
            },
            {
                "[{\"name\": \"p\", \"a\": \"" + S1 + "\", \"b\": \"" + S2
                        + "\", \"kind\": \"bezier\", \"seed\": \"x\"}]",
                "paths[0].seed: must be an integer, was \"x\""
            },
            {
                "[{\"name\": \"p\", \"a\": \"" + S1 + "\", \"b\": \"" + S2 + "\", \"epochs\": 5}]",
                "paths[0].epochs: does not go with a linear path"
            },
            {
                "[{\"name\": \"p\", \"a\": \"" + S1 + "\", \"b\": \"" + S2
                        + "\", \"kind\": \"pathfinder\", \"seed\": 2}]",
                "paths[0].seed: does not go with a pathfinder path"
            },
            {
                "[{\"name\": \"p\", \"a\": \"" + S1 + "\", \"b\": \"" + S2 + "\", \"kind\": \"bezier\", \"grid\": {}}]",
                "paths[0].grid: does not go with a bezier path"
            },
            {
                "[{\"name\": \"p\", \"a\": \"" + S1 + "\", \"b\": \"" + S2
                        + "\", \"kind\": \"pathfinder\", \"resolution\": 5}]",
                "paths[0].resolution: does not go with a pathfinder path"
            },
            {
                "[{\"name\": \"p\", \"a\": \"" + S1 + "\", \"b\": \"" + S2 + "\", \"grid\": {}}]",
                "paths[0].grid: does not go with a linear path"
            },
            {
                "[{\"name\": \"p\", \"a\": \"" + S1 + "\", \"b\": \"" + S2 + "\", \"kind\": \"pathfinder\", \"grid\":"
                        + " {\"start\": 0, \"stop\": 1}}]",
                "paths[0].grid.step: must be a number, was null"
            },
            {"[{\"name\": \"p\", \"a\": \"" + S1 + "\", \"b\": \"" + S2 + "\", \"c\": 1}]", "paths[0].c: unknown field"
            },
            {
                "[{\"name\": \"p\", \"a\": \"" + S1 + "\", \"b\": \"" + S2 + "\"}, {\"name\": \"p\", \"a\": \"" + S2
                        + "\", \"b\": \"" + S1 + "\"}]",
                "paths[1].name: two paths named p"
            },
            {"{}", "paths: must be a list"}
        }) {
            Path spec = spec(bad[0]);
            assertThatThrownBy(() -> StudySpecJson.read(spec))
                    .as(bad[0])
                    .isInstanceOf(SweepFormatException.class)
                    .hasMessageContaining(bad[1]);
        }
    }

    /** The kept model of {@code task} (seed {@code seed}) at grid index {@code index} of its up walk. */
    private static float[] kept(Path study, String task, long seed, int index) throws Exception {
        return SweepFolder.open(study.resolve("sweeps").resolve(task))
                .parameters(Branch.UP, seed, index)
                .orElseThrow();
    }
}
