package io.phasescope.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasescope.cluster.cli.ClusterMain;
import io.phasescope.model.sweep.SweepFolder;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A study that refines its transitions: seed 2 of the shipped example (one jump between λ = 0.36 and 0.40) with
 * {@code refine.tolerance} 0.05, each transition bisected in its own Spark task.
 */
class RefinedStudyTest {

    @TempDir
    Path dir;

    @Test
    void eachTransitionIsRefinedToTheToleranceAndItsRowCarriesTheRefinedLambdaC() throws Exception {
        String example = Files.readString(Path.of("../docs/studies/tiny.json"));
        Path spec = Files.writeString(
                dir.resolve("refined.json"),
                example.replace(
                        "\"vary\": {\n    \"seeds\": [\n      1,\n      2\n    ]\n  }",
                        "\"vary\": {\"seeds\": [2]}," + " \"refine\": {\"tolerance\": 0.05}"));
        assertThat(Files.readString(spec)).contains("\"refine\"");
        Path out = dir.resolve("study");
        StringWriter text = new StringWriter();
        CommandLine cli = ClusterMain.commandLine();
        cli.setOut(new PrintWriter(text));

        int code = cli.execute(
                "study", "--spec", spec.toString(), "--out", out.toString(), "--master", "local[2]", "--no-ui");

        assertThat(code).as(text.toString()).isZero();
        List<String> transitions = Files.readAllLines(
                out.resolve("sweeps/000-patterns-cnn-lr0.01-s2").resolve(SweepFolder.TRANSITIONS));
        assertThat(transitions).hasSize(2);
        String[] t = transitions.get(1).split(",");
        double lambdaC = Double.parseDouble(t[2]);
        double lo = Double.parseDouble(t[3]);
        double hi = Double.parseDouble(t[4]);
        assertThat(Math.abs(hi - lo)).isLessThan(0.05 * lambdaC);
        assertThat(lambdaC).isBetween(0.36, 0.40).isNotEqualTo(0.38);
        String row = Files.readAllLines(out.resolve("study.csv")).get(1);
        assertThat(row.split(",")[8]).isEqualTo(String.format(java.util.Locale.ROOT, "%.6g", lambdaC));
    }
}
