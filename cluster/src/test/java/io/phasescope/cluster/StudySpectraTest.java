package io.phasescope.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phasescope.model.curvature.MagnitudeSpectra;
import io.phasescope.model.study.StudySpec;
import io.phasescope.model.study.StudySpecJson;
import io.phasescope.model.study.StudySpectra;
import io.phasescope.model.sweep.PointSelection;
import io.phasescope.model.sweep.SweepFolder;
import io.phasescope.model.sweep.SweepFormatException;
import io.phasescope.model.sweep.SweepSpec;
import io.phasescope.model.sweep.SweepSpecJson;
import io.phasescope.model.train.JobControl;
import io.phasescope.model.train.Precision;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spectra at kept points in a study: one Spark task per point writing through {@link MagnitudeSpectra}, the rows
 * gathered per sweep as {@code spectrum --sweep DIR --out-csv FILE} writes them; a rerun computes only what is
 * missing; a bad {@code spectra} field is refused naming it.
 */
class StudySpectraTest {

    private static final String TASK = "000-patterns-sigmoid-8-lr0.01-s1";
    private static final String SPECTRA =
            "{\"othersEvery\": 2, \"top\": 3, \"bottom\": 2, \"subset\": 120, \"seed\": 4}";

    @TempDir
    Path dir;

    private static SweepSpec mlp() {
        return TinyStudy.mlp(List.of(1L));
    }

    private Path spec(SweepSpec base, String spectra) throws Exception {
        return Files.writeString(
                dir.resolve("study.json"),
                "{\"format\": \"phasescope-study\", \"version\": 1, \"name\": \"spectra\", \"base\": "
                        + SweepSpecJson.toJson(base) + ", \"spectra\": " + spectra + "}");
    }

    @Test
    void everyOtherKeptPointGetsItsSpectrumAsSpectrumOutCsvWritesItAndARerunRedoesOnlyWhatIsMissing() throws Exception {
        Path spec = spec(mlp(), SPECTRA);
        Path out = dir.resolve("study");
        String[] args = {"study", "--spec", spec.toString(), "--out", out.toString(), "--master", "local[2]", "--no-ui"
        };

        String dry = run("study", "--spec", spec.toString(), "--dry-run");
        assertThat(dry).contains("+ spectra: a selection of up to 4 kept points, one task each", "+ up to 4 spectra");
        run(args);

        Path gathered = out.resolve("spectra").resolve(TASK + ".csv");
        List<String> rows = Files.readAllLines(gathered);
        assertThat(rows).hasSize(3); // header, λ = 0 and λ = 0.2
        // what `spectrum --sweep DIR --out-csv FILE --others-every 2 --top 3 --bottom 2 --subset 120 --seed 4` writes
        SweepFolder sweep = SweepFolder.open(out.resolve("sweeps").resolve(TASK));
        StudySpectra settings = StudySpecJson.read(spec).spectra();
        Path alone = dir.resolve("alone.csv");
        var train = mlp().data().load(m -> {}).train();
        MagnitudeSpectra.run(
                sweep,
                PointSelection.nearTransitions(PointSelection.kept(sweep), List.of(), 0, 2),
                io.phasescope.model.data.StratifiedSubset.ofSize(train, 120, 4),
                OptionalLong.of(4),
                0,
                settings.settings(),
                alone,
                r -> {},
                JobControl.none());
        assertThat(SweepFolders.withoutColumn(gathered, "seconds"))
                .isEqualTo(SweepFolders.withoutColumn(alone, "seconds"));

        // as if the driver died while the second point's spectrum was being computed
        Path first = out.resolve("spectra").resolve(TASK).resolve("up-s1-i0").resolve("spectra.csv");
        Path second = out.resolve("spectra").resolve(TASK).resolve("up-s1-i2").resolve("spectra.csv");
        byte[] firstBytes = Files.readAllBytes(first);
        Files.delete(second);
        Files.delete(gathered);
        List<String> study = Files.readAllLines(out.resolve("study.csv"));
        Files.write(out.resolve("study.csv"), study.subList(0, 1));

        String rerun = run(args);

        assertThat(rerun).contains("[1/1] done " + TASK);
        assertThat(first).hasBinaryContent(firstBytes);
        assertThat(SweepFolders.withoutColumn(gathered, "seconds"))
                .isEqualTo(SweepFolders.withoutColumn(alone, "seconds"));
        assertThat(Files.readAllLines(out.resolve("study.csv"))).hasSize(2);
    }

    @Test
    void aBadSpectraFieldIsRefusedNamingIt() throws Exception {
        for (String[] bad : new String[][] {
            {"{\"top\": -1}", "spectra.top: must be in [0, 1000], was -1"},
            {"{\"top\": 0, \"bottom\": 0}", "spectra.top, spectra.bottom: at least one eigenvalue"},
            {"{\"tolerance\": 2}", "spectra.tolerance: must be in (0, 1), was 2.0"},
            {"{\"precision\": \"half\"}", "spectra.precision must be float or double, was 'half'"},
            {"{\"nearTransitions\": -0.1}", "spectra.nearTransitions: must be >= 0 and finite, was -0.1"},
            {"{\"topp\": 3}", "spectra.topp: unknown field"},
            {"[]", "spectra: must be an object"}
        }) {
            Path spec = spec(mlp(), bad[0]);
            assertThatThrownBy(() -> StudySpecJson.read(spec))
                    .as(bad[0])
                    .isInstanceOf(SweepFormatException.class)
                    .hasMessageContaining(bad[1]);
        }
        Path cnn = spec(TinyStudy.sweep(List.of(1L)), "{}");
        assertThatThrownBy(() -> StudySpecJson.read(cnn))
                .hasMessageContaining(
                        "spectra: Hessian spectra need MLP sweeps; task 000-patterns-cnn-lr0.01-s1 is a CNN");
    }

    @Test
    void theSpectraFieldReadsBackEqualAndAStudyWithoutItStaysAsItWas() throws Exception {
        StudySpec study = StudySpecJson.read(spec(mlp(), "{\"nearTransitions\": 0.05, \"precision\": \"double\"}"));

        assertThat(study.spectra())
                .isEqualTo(new StudySpectra(0.05, null, 20, 5, 0, 1e-3, 300, 0, 1, Precision.DOUBLE));
        Path again = Files.writeString(dir.resolve("again.json"), StudySpecJson.toJson(study));
        assertThat(StudySpecJson.read(again)).isEqualTo(study);
        assertThat(StudySpecJson.toJson(StudySpecJson.read(TinyStudy.write(dir.resolve("tiny.json")))))
                .doesNotContain("spectra");
    }

    private static String run(String... args) {
        return StudyCli.run(args);
    }
}
