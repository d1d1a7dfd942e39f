package io.phasescope.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasescope.model.sweep.SweepFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench --study}: the same sweeps sequentially, on local[1] and on local[2], and the figures it prints. */
@Tag("slow")
class StudyBenchTest {

    @TempDir
    Path dir;

    @Test
    void theTinyStudyRunsThreeWaysToTheSamePointsAndTheRatioAndOverheadArePrinted() throws Exception {
        Path out = dir.resolve("bench");

        String text = StudyCli.run(
                "bench",
                "--study",
                "--spec",
                TinyStudy.write(dir.resolve("tiny.json")).toString(),
                "--out",
                out.toString());

        assertThat(text)
                .containsPattern("sequential, one JVM, no Spark: +[0-9.]+ s wall +[0-9.]+ s CPU")
                .containsPattern("Spark local\\[1]: +[0-9.]+ s wall")
                .containsPattern("Spark local\\[2]: +[0-9.]+ s wall")
                .containsPattern("throughput local\\[2] / sequential: [0-9.]+x \\(wall\\); Spark overhead per task,"
                        + " \\(local\\[1] - sequential\\) / 2 tasks: -?[0-9.]+ s wall, -?[0-9.]+ s CPU");
        for (String task : List.of("000-patterns-cnn-lr0.01-s1", "001-patterns-cnn-lr0.01-s2")) {
            Path sequential = out.resolve("sequential").resolve(task).resolve(SweepFolder.POINTS);
            for (String study : List.of("local1", "local2")) {
                assertThat(SweepFolders.withoutColumn(
                                out.resolve(study)
                                        .resolve("sweeps")
                                        .resolve(task)
                                        .resolve(SweepFolder.POINTS),
                                "seconds"))
                        .as("%s %s", study, task)
                        .isEqualTo(SweepFolders.withoutColumn(sequential, "seconds"));
            }
        }
        assertThat(Files.readAllLines(out.resolve("local2").resolve("study.csv")))
                .hasSize(3);
    }
}
