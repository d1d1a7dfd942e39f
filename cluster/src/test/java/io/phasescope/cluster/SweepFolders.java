package io.phasescope.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasescope.model.io.FolderLock;
import io.phasescope.model.sweep.SweepFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** Sweep and study folders compared file by file, apart from wall time. */
final class SweepFolders {

    private SweepFolders() {}

    /**
     * Asserts that {@code actual} holds the files of {@code expected} (the lock file aside), each byte for byte the
     * same, but for the wall-time column {@code seconds} of points.csv.
     */
    static void assertSame(Path actual, Path expected) throws IOException {
        assertThat(files(actual)).as("the files of %s", actual).isEqualTo(files(expected));
        for (String file : files(expected)) {
            if (file.equals(SweepFolder.POINTS)) {
                assertThat(withoutColumn(actual.resolve(file), "seconds"))
                        .as("%s apart from seconds", actual.resolve(file))
                        .isEqualTo(withoutColumn(expected.resolve(file), "seconds"));
            } else {
                assertThat(actual.resolve(file)).hasSameBinaryContentAs(expected.resolve(file));
            }
        }
    }

    /** The lines of a CSV file with {@code column}'s cells blanked. */
    static List<String> withoutColumn(Path csv, String column) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        int index = Arrays.asList(lines.get(0).split(",")).indexOf(column);
        assertThat(index).as("the column %s of %s", column, csv).isNotNegative();
        return lines.stream()
                .map(line -> {
                    String[] cells = line.split(",", -1);
                    cells[index] = "";
                    return String.join(",", cells);
                })
                .toList();
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString())
                    .filter(name -> !name.equals(FolderLock.FILE))
                    .sorted()
                    .toList();
        }
    }
}
