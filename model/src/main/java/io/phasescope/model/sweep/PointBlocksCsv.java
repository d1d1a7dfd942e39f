package io.phasescope.model.sweep;

import io.phasescope.model.io.AtomicFiles;
import io.phasescope.model.sweep.SweepMode.Branch;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * An {@link AppendOnlyCsv} of fixed-size blocks of rows, one block per sweep point, each row starting with the
 * point's {@code branch,seed,lambda}. A block is appended with a single forced write before the point's row in
 * {@code points.csv}, so a crash leaves at most one block without its point (or a torn block, which is
 * dropped); {@link #retain} removes such blocks before a sweep resumes and writes them again.
 */
final class PointBlocksCsv {

    private final String header;
    private final int columns;

    /** @param header the header, starting with {@code branch,seed,lambda} */
    PointBlocksCsv(String header) {
        if (!header.startsWith("branch,seed,lambda,")) {
            throw new IllegalArgumentException("header must start with branch,seed,lambda, was '" + header + "'");
        }
        this.header = header;
        this.columns = header.split(",", -1).length;
    }

    String header() {
        return header;
    }

    void create(Path file) throws IOException {
        AppendOnlyCsv.create(file, header);
    }

    /** Appends one block: {@code rows} are the cells after the key, joined by commas. */
    void append(Path file, PointKey key, List<String> rows) throws IOException {
        String prefix = key.branch().id() + "," + key.seed() + "," + key.lambda() + ",";
        AppendOnlyCsv.append(
                file, String.join("\n", rows.stream().map(r -> prefix + r).toList()));
    }

    /**
     * The last complete block of each point, in order of first appearance: a run of rows with the same key. With
     * {@code rowsPerBlock} > 0 a run of another size (cut short by a crash) is dropped; with 0 the first cell after
     * the key must be unique within a block (an index), and its repetition starts the next block. Each row is
     * given without its key cells.
     *
     * @throws SweepFormatException naming the file and line of a malformed row
     */
    Map<PointKey, List<String[]>> read(Path file, int rowsPerBlock) throws IOException {
        List<Map.Entry<PointKey, String[]>> rows = AppendOnlyCsv.read(file, header, cells -> {
            PointKey key = new PointKey(Branch.parse(cells[0]), Long.parseLong(cells[1]), parseLambda(cells[2]));
            String[] rest = new String[columns - 3];
            System.arraycopy(cells, 3, rest, 0, rest.length);
            return Map.entry(key, rest);
        });
        Map<PointKey, List<String[]>> blocks = new LinkedHashMap<>();
        int start = 0;
        while (start < rows.size()) {
            PointKey key = rows.get(start).getKey();
            int end = start;
            while (end < rows.size()
                    && (rowsPerBlock <= 0 || end - start < rowsPerBlock)
                    && rows.get(end).getKey().equals(key)
                    && (rowsPerBlock > 0 || end == start || !startsAgain(rows.subList(start, end), rows.get(end)))) {
                end++;
            }
            if (rowsPerBlock <= 0 || end - start == rowsPerBlock) {
                blocks.put(
                        key,
                        rows.subList(start, end).stream()
                                .map(Map.Entry::getValue)
                                .toList());
            }
            start = end;
        }
        return blocks;
    }

    /**
     * Rewrites {@code file} atomically to hold exactly the last complete block of each point in {@code keep},
     * when it holds anything else (blocks of points never written, repeats, torn blocks).
     */
    void retain(Path file, int rowsPerBlock, Set<PointKey> keep) throws IOException {
        if (!Files.isRegularFile(file)) {
            return;
        }
        Map<PointKey, List<String[]>> blocks = read(file, rowsPerBlock);
        long rows;
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            rows = lines.filter(l -> !l.isEmpty()).count() - 1;
        }
        long kept = blocks.values().stream().mapToLong(List::size).sum();
        if (keep.containsAll(blocks.keySet()) && rows == kept) {
            return;
        }
        StringBuilder text = new StringBuilder(header).append('\n');
        for (Map.Entry<PointKey, List<String[]>> block : blocks.entrySet()) {
            if (!keep.contains(block.getKey())) {
                continue;
            }
            PointKey key = block.getKey();
            for (String[] rest : block.getValue()) {
                List<String> cells = new ArrayList<>(
                        List.of(key.branch().id(), Long.toString(key.seed()), Double.toString(key.lambda())));
                cells.addAll(List.of(rest));
                text.append(String.join(",", cells)).append('\n');
            }
        }
        AtomicFiles.write(file, out -> out.write(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static boolean startsAgain(List<Map.Entry<PointKey, String[]>> block, Map.Entry<PointKey, String[]> row) {
        String index = row.getValue()[0];
        return block.stream().anyMatch(r -> r.getValue()[0].equals(index));
    }

    private static double parseLambda(String cell) {
        double lambda = Double.parseDouble(cell);
        if (!Double.isFinite(lambda) || lambda < 0) {
            throw new IllegalArgumentException("lambda must be finite and ≥ 0, was " + cell);
        }
        return lambda;
    }
}
