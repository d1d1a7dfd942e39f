package io.phasescope.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasescope.model.curvature.MagnitudeSpectraCsv;
import io.phasescope.model.curvature.MagnitudeSpectrum;
import io.phasescope.model.io.FolderLock;
import io.phasescope.model.sweep.SweepGrid;
import io.phasescope.model.sweep.SweepMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code spectrum --largest-magnitude}, {@code --sweep DIR --out-csv FILE} with its point choices and subsets, and
 * {@code --summarize FILE,FILE}, on a tiny MLP sweep of the patterns.
 */
class SpectraFileCliTest {

    @TempDir
    Path root;

    private final CliRunner cli = new CliRunner();
    private Path sweep;

    @BeforeEach
    void sweep() throws Exception {
        sweep = TinyMlpSweep.run(root.resolve("sweep"), SweepGrid.linear(0, 0.4, 0.02), SweepMode.UP, 4, 1);
    }

    private static String[] args(String... more) {
        List<String> args = new ArrayList<>(
                List.of("spectrum", "--top", "2", "--bottom", "2", "--tolerance", "1e-8", "--precision", "double"));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    void writesAResumableFileOfTheChosenKeptPoints() throws Exception {
        Path file = sweep.resolve("spectra-full.csv");
        String[] run = args(
                "--sweep",
                sweep.toString(),
                "--largest-magnitude",
                "4",
                "--out-csv",
                file.toString(),
                "--near-transitions",
                "0.02",
                "--others-every",
                "2");
        assertThat(cli.run(run)).as(cli.err()).isZero();

        List<String> lines = Files.readAllLines(file);
        assertThat(lines.get(0)).isEqualTo(MagnitudeSpectraCsv.HEADER);
        List<MagnitudeSpectrum> rows = MagnitudeSpectraCsv.read(file);
        assertThat(cli.out()).contains("transition up seed 1 (partial): λ in [0.120000, 0.200000]");
        assertThat(rows)
                .extracting(r -> r.extremes().lambda())
                .as("kept: every 4th of 0, 0.02, …, 0.4 and the state at 0.38; 0.16 lies in [0.12 − 0.02, 0.2 + 0.02],"
                        + " of the others 0, 0.08, 0.24, 0.32, 0.38, 0.4 the 1st, 3rd and 5th")
                .containsExactly(0.0, 0.16, 0.24, 0.38);
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.largestMagnitude()).hasSize(4);
            assertThat(r.extremes().bottom()).hasSize(2);
            assertThat(r.extremes().images()).isEqualTo(300);
            assertThat(r.subsetSeed()).isEmpty();
            assertThat(r.extremes().converged()).isTrue();
        });
        assertThat(cli.out()).contains("double products, 4 largest-magnitude eigenvalues", rows.size() + " rows in");

        assertThat(cli.run(run)).as(cli.err()).isZero();
        assertThat(Files.readAllLines(file)).as("a rerun computes nothing").isEqualTo(lines);
    }

    @Test
    void subsetsOfSeveralSeedsAreSummarizedPerPointAndSize() throws Exception {
        Path file = root.resolve("subsets.csv");
        for (String subsetSeed : new String[] {"1", "2", "3"}) {
            String[] run = args(
                    "--sweep",
                    sweep.toString(),
                    "--out-csv",
                    file.toString(),
                    "--at-lambda",
                    "0.15,0.25",
                    "--subset",
                    "150",
                    "--subset-seed",
                    subsetSeed);
            assertThat(cli.run(run)).as(cli.err()).isZero();
        }
        List<MagnitudeSpectrum> rows = MagnitudeSpectraCsv.read(file);
        assertThat(rows).hasSize(6);
        assertThat(rows)
                .extracting(MagnitudeSpectrum::subsetSeed)
                .containsExactly(
                        OptionalLong.of(1),
                        OptionalLong.of(1),
                        OptionalLong.of(2),
                        OptionalLong.of(2),
                        OptionalLong.of(3),
                        OptionalLong.of(3));

        Path proportional = root.resolve("proportional.csv");
        assertThat(cli.run(args(
                        "--sweep",
                        sweep.toString(),
                        "--out-csv",
                        proportional.toString(),
                        "--at-lambda",
                        "0.15",
                        "--subset",
                        "150",
                        "--subset-classes",
                        "proportional")))
                .as(cli.err())
                .isZero();
        assertThat(cli.out()).contains("150 proportional, seed 1");
        assertThat(MagnitudeSpectraCsv.read(proportional)).hasSize(1);

        Path full = root.resolve("full.csv");
        assertThat(cli.run(args("--sweep", sweep.toString(), "--out-csv", full.toString(), "--at-lambda", "0.15")))
                .as(cli.err())
                .isZero();
        assertThat(cli.run("spectrum", "--summarize", file + "," + full))
                .as(cli.err())
                .isZero();
        List<String> table = cli.out().lines().filter(l -> l.startsWith("up ")).toList();
        assertThat(table.subList(table.size() - 3, table.size()))
                .as("λ = 0.16 on 150 images (3 seeds) and all 300, then λ = 0.24")
                .satisfiesExactly(
                        l -> assertThat(l).contains("0.160000", "  150    3    3"),
                        l -> assertThat(l).contains("0.160000", "  300    1    1"),
                        l -> assertThat(l).contains("0.240000", "  150    3    3"));
    }

    @Test
    void theModelModePrintsTheLargestMagnitudes() throws Exception {
        Path model = root.resolve("model");
        assertThat(cli.run(TinyPatternsModel.trainArgs(model))).as(cli.err()).isZero();
        assertThat(cli.run(args(
                        "--model",
                        model.toString(),
                        "--dataset",
                        "patterns",
                        "--subset",
                        "300",
                        "--largest-magnitude",
                        "3")))
                .as(cli.err())
                .isZero();
        assertThat(cli.out()).containsPattern("largest \\|λ\\|: \\S+ \\S+ \\S+\\n");
    }

    @Test
    void refusesOptionsThatDoNotGoTogetherAndASecondWriter() throws Exception {
        String folder = sweep.toString();
        String out = root.resolve("x.csv").toString();
        assertThat(cli.run(args("--sweep", folder, "--largest-magnitude", "3"))).isEqualTo(2);
        assertThat(cli.err()).contains("--largest-magnitude goes with --model, or --sweep with --out-csv");
        assertThat(cli.run(args("--sweep", folder, "--out-csv", out, "--trace", "4")))
                .isEqualTo(2);
        assertThat(cli.run(args("--sweep", folder, "--out-csv", out, "--at-lambda", "0.01", "--others-every", "8")))
                .isEqualTo(2);
        assertThat(cli.run(args("--sweep", folder, "--near-transitions", "0.001")))
                .isEqualTo(2);
        assertThat(cli.run(args("--sweep", folder, "--out-csv", out, "--near-transitions", "-1")))
                .isEqualTo(2);
        assertThat(cli.err()).contains("--near-transitions must be in [0, ∞), was -1.0");
        assertThat(cli.run(args(
                        "--sweep",
                        folder,
                        "--out-csv",
                        sweep.resolve("points.csv").toString())))
                .isEqualTo(2);
        assertThat(cli.run(args("--sweep", folder, "--out-csv", out, "--subset", "301")))
                .isEqualTo(2);
        assertThat(cli.run(args("--sweep", folder, "--out-csv", out, "--subset-classes", "lopsided")))
                .isEqualTo(2);
        assertThat(cli.err()).contains("--subset-classes must be balanced or proportional, was lopsided");
        assertThat(cli.run(args("--model", folder, "--subset-classes", "proportional")))
                .isEqualTo(2);
        assertThat(cli.err()).contains("--subset-classes proportional goes with --sweep");
        assertThat(cli.run(args(
                        "--sweep",
                        folder,
                        "--out-csv",
                        root.resolve("none/x.csv").toString())))
                .isEqualTo(2);
        assertThat(cli.err()).contains("does not exist");
        assertThat(Files.exists(Path.of(out))).isFalse();

        Path bare = Files.createDirectories(root.resolve("bare"));
        for (String name : List.of("sweep.json", "points.csv")) {
            Files.copy(sweep.resolve(name), bare.resolve(name));
        }
        assertThat(cli.run(args(
                        "--sweep",
                        bare.toString(),
                        "--out-csv",
                        bare.resolve("f.csv").toString())))
                .isZero();
        assertThat(cli.out()).contains("keeps no parameters (params/ or state/)", "0 rows in");

        try (FolderLock lock = FolderLock.acquire(root)) {
            assertThat(cli.run(args("--sweep", folder, "--out-csv", out))).isEqualTo(1);
            assertThat(cli.err()).contains("is being written by another Phasescope process");
        }
    }
}
