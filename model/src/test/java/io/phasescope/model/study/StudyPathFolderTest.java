package io.phasescope.model.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.phasescope.model.data.DatasetSplit;
import io.phasescope.model.io.FloatFiles;
import io.phasescope.model.landscape.BezierPath;
import io.phasescope.model.landscape.PathCsv;
import io.phasescope.model.landscape.PathEvaluator;
import io.phasescope.model.landscape.PathFiles;
import io.phasescope.model.sweep.SweepFolder;
import io.phasescope.model.sweep.SweepMode.Branch;
import io.phasescope.model.train.JobControl;
import io.phasescope.model.train.TrainingOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A study's path folders: a Bézier path is {@code path --kind bezier}'s curve between the two kept models, and
 * path.json names the sweep folders relative to the path folder, so θ(t)'s ends are rebuilt after the study folder
 * moves.
 */
class StudyPathFolderTest {

    @TempDir
    static Path dir;

    private static Path root;

    @BeforeAll
    static void runTheStudyAndItsPaths() throws IOException {
        root = Files.createDirectories(dir.resolve("study"));
        TinyStudy.runPaths(TinyStudy.run(root, TinyStudy.PATHS, 2), TinyStudy.PATHS);
    }

    @Test
    void aBezierPathIsThePathCommandsCurveBetweenTheKeptModels() throws IOException {
        DatasetSplit data = TinyStudy.BASE.data().load(m -> {});
        float[] a = kept(root, TinyStudy.S1, 1);
        float[] b = kept(root, TinyStudy.S2, 2);
        // what path --kind bezier --epochs 2 --seed 3 --resolution 5 computes between the two models
        float[] c = BezierPath.fit(
                TinyStudy.BASE.network(), a, b, data.train(), TrainingOptions.defaults(), 2, 3, JobControl.none());
        String expected = PathCsv.text(PathEvaluator.evaluate(
                "bezier",
                TinyStudy.BASE.network(),
                t -> BezierPath.at(a, c, b, t),
                b,
                PathEvaluator.grid(0, 1, 5),
                data,
                JobControl.none()));
        Path curve = root.resolve("paths/curve");

        assertThat(FloatFiles.read(curve.resolve(PathFiles.CONTROL), c.length)).containsExactly(c);
        assertThat(curve.resolve(PathFiles.CSV)).hasContent(expected.strip());
        JsonNode json = summary(curve);
        assertThat(json.path(PathFiles.PATH_KIND).asText()).isEqualTo("bezier");
        assertThat(json.path(PathFiles.KIND).asText()).isEqualTo("bezier");
        assertThat(json.path(PathFiles.SWEEP_A).asText()).isEqualTo("../../sweeps/" + TinyStudy.S1);
        assertThat(json.path(PathFiles.SWEEP_B).asText()).isEqualTo("../../sweeps/" + TinyStudy.S2);
        assertThat(json.path(PathFiles.LAMBDA).asDouble()).isEqualTo(0.02);
        assertThat(summary(root.resolve("paths/walk")).path(PathFiles.PATH_KIND).asText())
                .isEqualTo("pathfinder");
    }

    @Test
    void theEndsAreRebuiltFromTheSweepsOfTheMovedStudyFolder() throws IOException {
        Path moved = dir.resolve("moved");
        copy(root, moved);
        Path line = moved.resolve("paths/line");

        StudyPathFolder.Ends ends = StudyPathFolder.ends(line, summary(line));

        assertThat(ends.network()).isEqualTo(TinyStudy.BASE.network());
        assertThat(ends.a()).containsExactly(kept(root, TinyStudy.S1, 1));
        assertThat(ends.b()).containsExactly(kept(root, TinyStudy.S2, 2));

        Path gone = moved.resolve("sweeps").resolve(TinyStudy.S2);
        try (Stream<Path> files = Files.walk(gone)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
        assertThatThrownBy(() -> StudyPathFolder.ends(line, summary(line)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("sweepB names " + gone + ", which is missing");
    }

    @Test
    void theFinishedPathsAreListedByName() throws IOException {
        assertThat(StudyPathFolder.finished(root))
                .containsExactly(root.resolve("paths/curve"), root.resolve("paths/line"), root.resolve("paths/walk"));
        assertThat(StudyPathFolder.finished(dir.resolve("nowhere"))).isEmpty();
    }

    private static JsonNode summary(Path folder) throws IOException {
        return new ObjectMapper().readTree(folder.resolve(PathFiles.SUMMARY).toFile());
    }

    /** The kept model of {@code task} (seed {@code seed}) at λ = 0.02, grid index 1 of its up walk. */
    private static float[] kept(Path study, String task, long seed) throws IOException {
        return SweepFolder.open(study.resolve("sweeps").resolve(task))
                .parameters(Branch.UP, seed, 1)
                .orElseThrow();
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
