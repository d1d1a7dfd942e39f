package io.phasescope.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasescope.model.curvature.PathSpectraCsv;
import io.phasescope.model.landscape.PathFiles;
import io.phasescope.model.study.TinyStudy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A study's path folders are path folders (issue #16): {@code spectrum --path} computes ∇²E at every t of a linear, a
 * Bézier and a Pathfinder path of a real study folder (its paths computed as the study's path tasks compute them),
 * after the study folder was moved, rebuilding θ(t) from the kept models of the study's sweeps.
 */
class StudyPathSpectraCliTest {

    @TempDir
    static Path root;

    private static Path study;

    @BeforeAll
    static void runTheStudyAndMoveIt() throws Exception {
        Path first = Files.createDirectories(root.resolve("first"));
        TinyStudy.runPaths(TinyStudy.run(first, TinyStudy.PATHS, 2), TinyStudy.PATHS);
        study = Files.move(first, root.resolve("moved"));
    }

    @Test
    void spectrumAlongEachKindOfStudyPathWritesOneRowPerPointOfT() throws Exception {
        for (String name : List.of("line", "curve", "walk")) {
            Path folder = study.resolve("paths").resolve(name);
            CliRunner cli = new CliRunner();

            int code = cli.run(
                    "spectrum",
                    "--path",
                    folder.toString(),
                    "--dataset",
                    "patterns",
                    "--subset",
                    "300",
                    "--top",
                    "1",
                    "--bottom",
                    "2");

            assertThat(code).as(name + ": " + cli.err()).isZero();
            int points = Files.readAllLines(folder.resolve(PathFiles.CSV)).size() - 1;
            List<String> rows = Files.readAllLines(folder.resolve(PathSpectraCsv.FILE));
            assertThat(rows.get(0)).isEqualTo(PathSpectraCsv.HEADER);
            assertThat(rows).as(name + ": one row per t of path.csv").hasSize(1 + points);
            assertThat(cli.out()).contains(points + " points in");
        }
    }

    @Test
    void dataThatDoesNotFitThePathsNetworkIsRefusedNamingTheDataset() throws Exception {
        Path folder = copyOfLine("misfit");
        CliRunner cli = new CliRunner();

        // MNIST (the classroom subset bundled with Phasescope, so that no download is needed) for a network of the
        // 4×4 patterns
        int code = cli.run("spectrum", "--path", folder.toString(), "--data", "bundled", "--subset", "300");

        assertThat(code).as(cli.err()).isEqualTo(2);
        assertThat(cli.err()).contains("--dataset: ", "does not fit the model");
        assertThat(folder.resolve(PathSpectraCsv.FILE)).doesNotExist();
    }

    @Test
    void aStudyPathWhoseSweepsAreGoneIsRefusedNamingTheMissingFolder() throws Exception {
        // a copy of the path folder one level up, where ../../sweeps is not the study's
        Path lonely = Files.move(copyOfLine("lonely"), study.resolve("lonely"));
        CliRunner cli = new CliRunner();

        int code = cli.run("spectrum", "--path", lonely.toString(), "--dataset", "patterns", "--subset", "300");

        assertThat(code).isNotZero();
        assertThat(cli.err()).contains("sweepA names", "which is missing");
        assertThat(lonely.resolve(PathSpectraCsv.FILE)).doesNotExist();
    }

    /** A copy of the linear path's folder (path.csv and path.json) next to it, as {@code name}. */
    private static Path copyOfLine(String name) throws Exception {
        Path from = study.resolve("paths").resolve("line");
        Path copy = Files.createDirectories(from.resolveSibling(name));
        for (String file : List.of(PathFiles.CSV, PathFiles.SUMMARY)) {
            Files.copy(from.resolve(file), copy.resolve(file));
        }
        return copy;
    }
}
