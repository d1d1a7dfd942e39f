package io.phasescope.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasescope.model.landscape.PathFiles;
import io.phasescope.model.study.TinyStudy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code figure DIR --kind study} (issue #16) draws a real study folder headless in every export format, prints each
 * variant's levels as λc mean ± spread across seeds with the classes lost, draws each finished path of the study into
 * its folder as path.png, and refuses a folder that is not a study.
 */
class StudyFigureCliTest {

    @TempDir
    static Path root;

    private static Path study;

    @BeforeAll
    static void runTheStudy() throws Exception {
        study = Files.createDirectories(root.resolve("study"));
        TinyStudy.run(study, TinyStudy.SEEDS, 2);
    }

    @Test
    void drawsTheStudyInEveryFormatAndPrintsEachLevelsSpreadAcrossSeeds() throws Exception {
        for (String format : new String[] {"png", "svg", "pdf", "csv"}) {
            CliRunner cli = new CliRunner();
            Path out = root.resolve("study." + format);

            assertThat(cli.run("figure", study.toString(), "--kind", "study", "--out", out.toString()))
                    .as(cli.err())
                    .isZero();

            assertThat(out).isNotEmptyFile();
            assertThat(cli.out())
                    .contains("Study 'tiny-seeds': 2 of 2 done")
                    .contains("patterns-sigmoid-8-lr0.01: 2 of 2 seeds finished")
                    .contains("seeds: 1, 2)")
                    .contains(", loses {");
        }
        assertThat(Files.readString(root.resolve("study.csv")))
                .contains("level 1")
                .contains("lost: ");
    }

    @Test
    void drawsEachFinishedPathOfTheStudyIntoItsFolderAsPathDoes() throws Exception {
        Path withPaths = Files.createDirectories(root.resolve("with-paths"));
        TinyStudy.runPaths(TinyStudy.run(withPaths, TinyStudy.PATHS, 2), TinyStudy.PATHS);
        // a path whose task has not finished yet
        Files.delete(withPaths.resolve("paths/walk").resolve(PathFiles.SUMMARY));
        CliRunner cli = new CliRunner();

        int code = cli.run(
                "figure",
                withPaths.toString(),
                "--kind",
                "study",
                "--out",
                root.resolve("paths.svg").toString());

        assertThat(code).as(cli.err()).isZero();
        for (String name : new String[] {"curve", "line"}) {
            Path png = withPaths.resolve("paths").resolve(name).resolve(PathFiles.FIGURE);
            assertThat(Arrays.copyOf(Files.readAllBytes(png), 4)).as(name).containsExactly(0x89, 'P', 'N', 'G');
            assertThat(cli.out()).contains("Wrote " + png.toAbsolutePath());
        }
        assertThat(withPaths.resolve("paths/walk").resolve(PathFiles.FIGURE)).doesNotExist();
        assertThat(root.resolve("paths.svg")).isNotEmptyFile();
    }

    @Test
    void aFolderThatIsNotAStudyIsRefusedSayingWhy() throws Exception {
        CliRunner cli = new CliRunner();
        Path sweep = study.resolve("sweeps").resolve("000-patterns-sigmoid-8-lr0.01-s1");

        int code = cli.run(
                "figure",
                sweep.toString(),
                "--kind",
                "study",
                "--out",
                root.resolve("no.png").toString());

        assertThat(code).isEqualTo(2);
        assertThat(cli.err()).contains(sweep + " is not a study folder: it has no study.json");
        assertThat(root.resolve("no.png")).doesNotExist();
        CliRunner two = new CliRunner();
        assertThat(two.run(
                        "figure",
                        study.toString(),
                        study.toString(),
                        "--kind",
                        "study",
                        "--out",
                        root.resolve("two.png").toString()))
                .isEqualTo(2);
        assertThat(two.err()).contains("--kind study draws one folder, got 2");
    }
}
