package io.phasescope.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasescope.model.sweep.PointsCsv;
import io.phasescope.model.train.StopReason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a sweep's points.csv as the crash and disk-full tests compare it: whole lines, wall time blanked. */
final class PointsFile {

    /** Column of the wall time, the one column allowed to differ between runs. */
    private static final int SECONDS = PointsCsv.FIXED_COLUMNS.indexOf("seconds");

    private PointsFile() {}

    /**
     * The header and rows of {@code sweep}/points.csv (empty if there is none yet) with the wall time blanked,
     * asserting that the file is not torn: it ends with a line break, the header is exactly that of
     * {@code classes} classes and every row has all its cells.
     */
    static List<String> rowsWithoutSeconds(Path sweep, int classes) throws IOException {
        Path points = sweep.resolve("points.csv");
        if (!Files.exists(points)) {
            return List.of();
        }
        String text = Files.readString(points);
        assertThat(text).as("points.csv ends with a complete line").endsWith("\n");
        String header = PointsCsv.header(classes);
        List<String> rows = new ArrayList<>();
        for (String line : text.split("\n")) {
            String[] cells = line.split(",", -1);
            if (rows.isEmpty()) {
                assertThat(line).as("header").isEqualTo(header);
            } else {
                assertThat(cells).as("row '%s' is complete", line).hasSize(header.split(",").length);
                for (int c = 2; c < cells.length - 1; c++) {
                    Double.parseDouble(cells[c]);
                }
                StopReason.parse(cells[cells.length - 1]);
                cells[SECONDS] = "";
            }
            rows.add(String.join(",", cells));
        }
        return rows;
    }
}
