package io.phasescope.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.phasescope.model.curvature.PathSpectraCsv;
import io.phasescope.model.curvature.SpectraCsv;
import io.phasescope.model.io.ModelStore;
import io.phasescope.model.io.SavedModel;
import io.phasescope.model.sweep.SweepFolder;
import io.phasescope.model.sweep.SweepGrid;
import io.phasescope.model.sweep.SweepMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user runs it, on real MNIST subsets. */
class CliAcceptanceTest {

    @TempDir
    Path out;

    private final CliRunner cli = new CliRunner();

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    @Tag("mnist")
    void trainWritesModelAndMetricsOnAnMnistSubset() throws Exception {
        int code = run(
                "train",
                "--hidden",
                "32,16",
                "--activation",
                "sigmoid",
                "--lambda",
                "1e-3",
                "--epochs",
                "3",
                "--subset",
                "1000",
                "--test-subset",
                "1000",
                "--seed",
                "1",
                "--out",
                out.toString());

        assertThat(code).as(cli.err()).isZero();
        assertThat(cli.out()).contains("epoch   1/3", "epoch   3/3", "test acc");
        JsonNode metrics =
                new ObjectMapper().readTree(out.resolve("metrics.json").toFile());
        for (String field : new String[] {"testAccuracy", "testLoss", "trainLoss", "regLoss", "norm"}) {
            assertThat(metrics.get(field).isNumber()).as(field).isTrue();
        }
        assertThat(metrics.get("perClassAccuracy")).hasSize(10);
        assertThat(metrics.get("stopReason").asText()).isIn("converged", "epoch-limit");
        assertThat(metrics.get("testAccuracy").asDouble()).isBetween(0.5, 1.0);
        assertThat(metrics.get("lambda").asDouble()).isEqualTo(1e-3);
        assertThat(metrics.get("weightDecay").asDouble()).isEqualTo(2e-3);
        double norm = metrics.get("norm").asDouble();
        assertThat(metrics.get("regLoss").asDouble())
                .isCloseTo(
                        metrics.get("trainLoss").asDouble() + 1e-3 * norm * norm,
                        org.assertj.core.api.Assertions.within(1e-6));
        SavedModel model = ModelStore.load(out);
        assertThat(model.spec().describe()).isEqualTo("784-32-16-10 sigmoid");
        assertThat(model.options().lambda()).isEqualTo(1e-3);
    }

    @Test
    @Tag("mnist")
    void aDivergedRunSaysSoInMetricsJsonNotConverged() throws Exception {
        Path folder = out.resolve("diverged");
        int code = run("train", "--lr", "10", "--epochs", "3", "--subset", "2000", "--out", folder.toString());

        assertThat(code).as(cli.err()).isZero();
        JsonNode metrics =
                new ObjectMapper().readTree(folder.resolve("metrics.json").toFile());
        assertThat(metrics.get("stopReason").asText()).isEqualTo("diverged");
        assertThat(metrics.get("converged").asBoolean()).isFalse();
        assertThat(cli.out()).contains("Diverged");
    }

    @Test
    @Tag("mnist")
    void aSweepOfAnyNetworkAndLogGridStoresItsWholeSpecWhichReproducesIt() throws Exception {
        Path first = out.resolve("spec-a");
        int code = run(
                "sweep",
                "--hidden",
                "16",
                "--activation",
                "tanh",
                "--lr",
                "0.01",
                "--batch",
                "128",
                "--log-grid",
                "1e-4:0.1:5",
                "--subset",
                "1000",
                "--test-subset",
                "500",
                "--epochs",
                "3",
                "--mode",
                "up",
                "--seeds",
                "1",
                "--out",
                first.toString());
        assertThat(code).as(cli.err()).isZero();
        JsonNode manifest =
                new ObjectMapper().readTree(first.resolve("sweep.json").toFile());
        assertThat(manifest.get("hiddenWidths").toString()).isEqualTo("[16]");
        assertThat(manifest.get("activation").asText()).isEqualTo("tanh");
        assertThat(manifest.get("learningRate").asDouble()).isEqualTo(0.01);
        assertThat(manifest.get("batchSize").asInt()).isEqualTo(128);
        assertThat(manifest.get("gridCount").asInt()).isEqualTo(5);

        Path second = out.resolve("spec-b");
        assertThat(run("sweep", "--spec", first.resolve("sweep.json").toString(), "--out", second.toString()))
                .as(cli.err())
                .isZero();
        assertThat(PointsFile.rowsWithoutSeconds(second, 10)).isEqualTo(PointsFile.rowsWithoutSeconds(first, 10));

        assertThat(run(
                        "sweep",
                        "--spec",
                        first.resolve("sweep.json").toString(),
                        "--preset",
                        "paper",
                        "--out",
                        out.resolve("spec-c").toString()))
                .isEqualTo(2);
        assertThat(cli.err()).contains("give --spec or --preset, not both");
    }

    @Test
    void refFromAModelOrAnotherSweepIsTheProbesCentreAndDistRefIsMeasuredToIt() throws Exception {
        Path model = out.resolve("ref-model");
        assertThat(run("train", "--dataset", "patterns", "--hidden", "8", "--epochs", "2", "--out", model.toString()))
                .as(cli.err())
                .isZero();
        String[] sweep = {
            "sweep",
            "--preset",
            "patterns",
            "--hidden",
            "8",
            "--lambda-grid",
            "0:0.02:0.01",
            "--epochs",
            "2",
            "--mode",
            "up",
            "--no-until-trivial",
            "--ref"
        };
        Path first = out.resolve("ref-sweep");
        assertThat(run(concat(sweep, model.toString(), "--out", first.toString())))
                .as(cli.err())
                .isZero();
        float[] thetaRef = io.phasescope.model.io.ModelStore.load(model).theta();
        var folder = io.phasescope.model.sweep.SweepFolder.open(first);
        assertThat(folder.spec().options().thetaRef()).containsExactly(thetaRef);
        for (var p : folder.points()) {
            float[] theta = folder.parameters(p.branch(), p.seed(), p.index()).orElseThrow();
            double d = 0;
            for (int i = 0; i < theta.length; i++) {
                d += (theta[i] - thetaRef[i]) * (double) (theta[i] - thetaRef[i]);
            }
            assertThat(p.distRef()).as("dist_ref at λ = %s", p.lambda()).isCloseTo(Math.sqrt(d), within(1e-4));
            assertThat(p.distRef()).isNotCloseTo(p.norm(), within(1e-3));
        }

        Path second = out.resolve("ref-sweep-at");
        assertThat(run(concat(sweep, first + "@0.011", "--out", second.toString())))
                .as(cli.err())
                .isZero();
        assertThat(io.phasescope.model.sweep.SweepFolder.open(second)
                        .spec()
                        .options()
                        .thetaRef())
                .as("the kept parameters nearest to λ = 0.011: those at 0.01")
                .containsExactly(folder.parameters(io.phasescope.model.sweep.SweepMode.Branch.UP, 1, 1)
                        .orElseThrow());
        assertThat(run(concat(sweep, first + "@x", "--out", out.resolve("bad").toString())))
                .isEqualTo(2);
        assertThat(cli.err()).contains("--ref");
    }

    private static String[] concat(String[] head, String... tail) {
        String[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }

    @Test
    void printSpecShowsAPresetAsTheJsonThatRunsIt() throws Exception {
        assertThat(run("sweep", "--preset", "relu", "--print-spec"))
                .as(cli.err())
                .isZero();
        JsonNode spec = new ObjectMapper().readTree(cli.out());
        assertThat(spec.get("activation").asText()).isEqualTo("relu");
        assertThat(spec.get("gridStop").asDouble()).isEqualTo(0.27);
        assertThat(spec.get("untilTrivial").asBoolean()).isTrue();
    }

    @Test
    void thePapersPatternsPresetTrainsTheCnnOnTheirOwnDataset() throws Exception {
        assertThat(run("sweep", "--preset", "patterns-paper", "--print-spec"))
                .as(cli.err())
                .isZero();
        JsonNode patterns = new ObjectMapper().readTree(cli.out());
        assertThat(patterns.get("dataset").asText()).isEqualTo("patterns-paper");
        assertThat(patterns.get("learningRate").asDouble()).isEqualTo(0.01);
        assertThat(patterns.get("gridStep").asDouble()).isEqualTo(0.005);
    }

    @Test
    void helpPrintsUsage() {
        assertThat(run("--help")).isZero();
        assertThat(cli.out()).contains("Usage: phasescope", "train", "bench");
        assertThat(run("train", "--help")).isZero();
        assertThat(cli.out()).contains("--lambda", "--weight-decay", "--subset", "--out");
    }

    @Test
    void negativeLambdaPrintsUsageAndExitsWith2() {
        assertThat(run("train", "--lambda", "-1", "--out", out.toString())).isEqualTo(2);
        assertThat(cli.err())
                .contains("--lambda (λ; --weight-decay β = 2λ) must be in [0, ∞), was -1.0", "Usage: phasescope train");
    }

    @Test
    void malformedOrUnknownArgumentsExitWith2() {
        assertThat(run("train", "--epochs", "many", "--out", out.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("--epochs");
        assertThat(run("train", "--no-such-option", "--out", out.toString())).isEqualTo(2);
        assertThat(run("train", "--batch", "0", "--out", out.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("--batch must be in [1, 65536], was 0");
        assertThat(run("train")).as("--out is required").isEqualTo(2);
    }

    @Test
    void missingDataFolderIsAClearErrorNotAStackTrace() {
        Path model = out.resolve("model");
        int code = run("train", "--data", out.resolve("nowhere").toString(), "--out", model.toString());
        assertThat(code).as("a usage error, found before the folder is created").isEqualTo(2);
        assertThat(cli.err()).startsWith("Error: --data ").contains("nowhere").doesNotContain("\tat ");
        assertThat(model).doesNotExist();
    }

    @Test
    void figureDrawsASweepFolderHeadless() throws Exception {
        Path folder = tinySweep(SweepGrid.linear(0, 0.2, 0.05), SweepMode.UPDOWN, 1);
        for (String kind : new String[] {"phase", "norm", "hysteresis", "per-class", "heatmap"}) {
            Path png = out.resolve(kind + ".png");
            assertThat(run(
                            "figure",
                            folder.toString(),
                            "--kind",
                            kind,
                            "--width-cm",
                            "8.5",
                            "--height-cm",
                            "6",
                            "--out",
                            png.toString()))
                    .as(cli.err())
                    .isZero();
            java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
            assertThat(image.getWidth()).as(kind).isEqualTo((int) Math.round(Math.round(8.5 * 72 / 2.54) * 300 / 72.0));
        }
        Path svg = out.resolve("phase.svg");
        assertThat(run("figure", folder.toString(), "--units", "beta", "--out", svg.toString()))
                .isZero();
        assertThat(Files.readString(svg)).startsWith("<?xml").contains("β").contains("test accuracy");
        Path heatmap = out.resolve("heatmap.svg");
        assertThat(run("figure", folder.toString(), "--kind", "heatmap", "--out", heatmap.toString()))
                .isZero();
        assertThat(Files.readString(heatmap))
                .as("classes are named after the sweep's dataset")
                .contains("horizontal", "vertical+checker", "vertical+blocks");
        assertThat(run("figure", folder.toString(), "--kind", "pie", "--out", svg.toString()))
                .isEqualTo(2);
    }

    @Test
    @Tag("mnist")
    void sliceAndPathWriteTheirCsvAndFiguresOnAnMnistSubset() throws Exception {
        Path a = out.resolve("a");
        Path b = out.resolve("b");
        for (Path model : new Path[] {a, b}) {
            String seed = model == a ? "1" : "2";
            assertThat(run(
                            "train",
                            "--hidden",
                            "16",
                            "--epochs",
                            "2",
                            "--subset",
                            "500",
                            "--test-subset",
                            "200",
                            "--seed",
                            seed,
                            "--out",
                            model.toString()))
                    .as(cli.err())
                    .isZero();
        }
        Path slice = out.resolve("slice");
        assertThat(run(
                        "slice",
                        "--model",
                        a.toString(),
                        "--direction",
                        "toward",
                        "--to",
                        b.toString(),
                        "--resolution",
                        "9",
                        "--range",
                        "-0.5:1.5",
                        "--subset",
                        "500",
                        "--test-subset",
                        "200",
                        "--out",
                        slice.toString()))
                .as(cli.err())
                .isZero();
        List<String> rows = Files.readAllLines(slice.resolve("slice.csv"));
        assertThat(rows.get(0)).isEqualTo("a,b,value");
        assertThat(rows).hasSize(1 + 81);
        assertThat(javax.imageio.ImageIO.read(slice.resolve("slice.png").toFile())
                        .getWidth())
                .isEqualTo(504 * 300 / 72);

        Path path = out.resolve("path");
        assertThat(run(
                        "path",
                        "--kind",
                        "linear",
                        "--a",
                        a.toString(),
                        "--b",
                        b.toString(),
                        "--resolution",
                        "7",
                        "--subset",
                        "500",
                        "--test-subset",
                        "200",
                        "--out",
                        path.toString()))
                .as(cli.err())
                .isZero();
        List<String> pathRows = Files.readAllLines(path.resolve("path.csv"));
        assertThat(pathRows.get(0)).startsWith("t,train_loss,test_loss,train_error,test_error,dist_b,acc_0");
        assertThat(pathRows).hasSize(1 + 7);
        assertThat(cli.out()).contains("loss barrier");
        assertThat(Files.size(path.resolve("path.png"))).isPositive();

        Path aligned = out.resolve("aligned");
        assertThat(run(
                        "path",
                        "--kind",
                        "linear",
                        "--align",
                        "--a",
                        a.toString(),
                        "--b",
                        b.toString(),
                        "--resolution",
                        "7",
                        "--subset",
                        "500",
                        "--test-subset",
                        "200",
                        "--out",
                        aligned.toString()))
                .isZero();
        Path overlay = out.resolve("paths.csv");
        assertThat(run("figure", path.toString(), aligned.toString(), "--kind", "path", "--out", overlay.toString()))
                .as(cli.err())
                .isZero();
        assertThat(Files.readString(overlay)).contains("linear · train", "linear aligned · test");
        assertThat(run("spectrum", "--path", path.toString(), "--subset", "300", "--top", "1", "--bottom", "2"))
                .as(cli.err())
                .isZero();
        List<String> spectra = Files.readAllLines(path.resolve(PathSpectraCsv.FILE));
        assertThat(spectra.get(0)).isEqualTo(PathSpectraCsv.HEADER);
        assertThat(spectra).as("one row per t of path.csv").hasSize(1 + 7);
        assertThat(cli.out()).contains("7 points in");
        assertThat(run("figure", path.toString(), aligned.toString(), "--kind", "path", "--out", overlay.toString()))
                .as(cli.err())
                .isZero();
        assertThat(Files.readString(overlay).lines().filter(l -> l.startsWith("λ_min,λ_min(∇²E) · linear,")))
                .hasSize(7);
        Path slicePdf = out.resolve("slice.pdf");
        assertThat(run("figure", slice.toString(), "--kind", "slice", "--log", "--out", slicePdf.toString()))
                .as(cli.err())
                .isZero();
        assertThat(Files.readString(slicePdf, java.nio.charset.StandardCharsets.ISO_8859_1))
                .startsWith("%PDF-");
        assertThat(run("figure", path.toString(), aligned.toString(), "--kind", "slice", "--out", slicePdf.toString()))
                .isEqualTo(2);
    }

    @Test
    void spectrumMeasuresAModelAndResumesASweepsSpectra() throws Exception {
        Path model = out.resolve("model");
        assertThat(run(TinyPatternsModel.trainArgs(model))).as(cli.err()).isZero();
        Path density = out.resolve("density.csv");
        assertThat(run(
                        "spectrum",
                        "--model",
                        model.toString(),
                        "--dataset",
                        "patterns",
                        "--subset",
                        "300",
                        "--top",
                        "3",
                        "--bottom",
                        "2",
                        "--lambda",
                        "0.01",
                        "--trace",
                        "8",
                        "--density",
                        density.toString(),
                        "--density-probes",
                        "3",
                        "--density-steps",
                        "20"))
                .as(cli.err())
                .isZero();
        assertThat(cli.out())
                .contains(
                        "top:",
                        "bottom:",
                        "index of L_λ",
                        "trace (Hutchinson, 8 probes)",
                        "density (SLQ, 3 probes × 20 steps");
        List<String> densityLines = Files.readAllLines(density);
        assertThat(densityLines).hasSize(401).first().isEqualTo("eigenvalue,density");

        Path folder = tinySweep(SweepGrid.linear(0, 0.04, 0.01), SweepMode.UP, 2);
        String[] args = {"spectrum", "--sweep", folder.toString(), "--top", "2", "--bottom", "2", "--trace", "4"};
        assertThat(run(args)).as(cli.err()).isZero();
        List<String> rows = Files.readAllLines(folder.resolve(SweepFolder.SPECTRA));
        assertThat(rows.get(0)).isEqualTo(SpectraCsv.HEADER);
        assertThat(rows).as("kept points at indices 0, 2, 4 and the state of 3").hasSize(5);
        assertThat(run(args)).isZero();
        assertThat(Files.readAllLines(folder.resolve(SweepFolder.SPECTRA)))
                .as("nothing recomputed")
                .isEqualTo(rows);
        assertThat(cli.out()).contains("4 points in");
        assertThat(run("spectrum", "--sweep", folder.toString(), "--density", density.toString()))
                .isEqualTo(2);
        assertThat(run("spectrum", "--sweep", folder.toString(), "--model", model.toString()))
                .isEqualTo(2);

        Path figure = out.resolve("spectrum.pdf");
        assertThat(run(
                        "figure",
                        folder.toString(),
                        "--kind",
                        "spectrum",
                        "--units",
                        "beta",
                        "--out",
                        figure.toString()))
                .as(cli.err())
                .isZero();
        assertThat(Files.readString(figure, java.nio.charset.StandardCharsets.ISO_8859_1))
                .startsWith("%PDF-");
        Path csv = out.resolve("spectrum.csv");
        assertThat(run("figure", folder.toString(), "--kind", "spectrum", "--out", csv.toString()))
                .isZero();
        assertThat(Files.readString(csv)).contains("λ_min(∇²L_λ)");
        assertThat(run("figure", folder.toString(), "--kind", "spectrum", "--x", "norm", "--out", csv.toString()))
                .as(cli.err())
                .isZero();
        assertThat(Files.readString(csv)).startsWith("panel,series,‖θ‖").contains("λ_min(∇²L_λ) · up · seed 1");
        assertThat(run("figure", folder.toString(), "--kind", "spectrum", "--x", "theta", "--out", csv.toString()))
                .isEqualTo(2);
        assertThat(run("figure", folder.toString(), "--kind", "phase", "--out", csv.toString()))
                .as(cli.err())
                .isZero();
        assertThat(Files.readString(csv))
                .as("spectra.csv present: saddles marked")
                .contains("saddle of L_λ");
    }

    /** A Pathfinder sweep of a 16-8-3 sigmoid MLP on 300 synthetic patterns, in {@code out/sweep}. */
    @Test
    void figureOverlaysSeveralSweepFoldersAsSeedsAndPrintsEachTransitionsMeanAndSpread() throws Exception {
        SweepGrid grid = SweepGrid.linear(0, 0.3, 0.05);
        Path first = tinySweep(grid, SweepMode.UP, 1, 1L, "seed1");
        Path second = tinySweep(grid, SweepMode.UP, 1, 2L, "seed2");
        Path png = out.resolve("seeds.png");

        assertThat(run("figure", "--kind", "phase", first.toString(), second.toString(), "--out", png.toString()))
                .as(cli.err())
                .isZero();
        assertThat(cli.out()).contains("λc across 2 sweeps").contains("matched across seeds by λ along each branch");
        assertThat(png).isNotEmptyFile();
        assertThat(run("figure", "--kind", "phase", first.toString(), first.toString(), "--out", png.toString()))
                .isEqualTo(2);
        assertThat(cli.err()).contains("overlaid twice");
    }

    private Path tinySweep(SweepGrid grid, SweepMode mode, int paramStride) throws Exception {
        return tinySweep(grid, mode, paramStride, 1L, "sweep");
    }

    private Path tinySweep(SweepGrid grid, SweepMode mode, int paramStride, long seed, String name) throws Exception {
        return TinyMlpSweep.run(out.resolve(name), grid, mode, paramStride, seed);
    }
}
