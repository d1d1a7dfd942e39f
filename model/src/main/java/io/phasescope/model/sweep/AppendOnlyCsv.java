package io.phasescope.model.sweep;

import io.phasescope.model.io.AtomicFiles;
import io.phasescope.model.io.CsvRows;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A comma-separated file that only grows: created atomically with its header, then appended one row at a
 * time with a single write forced to disk, so a crash leaves at most a partial last line, which
 * {@link #read} drops and truncates away. Rows are read with {@link CsvRows} (quoted cells allowed). The sweep
 * folder's {@code points.csv} and {@code spectra.csv} are such files.
 */
public final class AppendOnlyCsv {

    /** Turns the cells of one row (as many as the header has columns) into a value. */
    @FunctionalInterface
    public interface RowParser<T> {
        /** @throws IllegalArgumentException for a malformed cell (the message is reported with file and line) */
        T parse(String[] cells);
    }

    private AppendOnlyCsv() {}

    /** Creates {@code file} holding only {@code header} (no line break), unless it exists. */
    public static void create(Path file, String header) throws IOException {
        if (!Files.exists(file)) {
            AtomicFiles.write(file, out -> out.write((header + "\n").getBytes(StandardCharsets.UTF_8)));
        }
    }

    /**
     * Appends {@code row} (no line break) with a single write and forces it to disk. When the write fails (disk
     * full, file too large) the file is cut back to its previous length, so the rows already in it stay whole.
     *
     * @throws IOException naming the file and the reason; the file then holds exactly the rows it held before
     */
    public static void append(Path file, String row) throws IOException {
        byte[] line = (row + "\n").getBytes(StandardCharsets.UTF_8);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            long before = channel.size();
            try {
                ByteBuffer buffer = ByteBuffer.wrap(line);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(false);
            } catch (IOException e) {
                channel.truncate(before);
                throw new IOException(
                        "could not append a row to " + file + " (" + e.getMessage()
                                + "); the rows written before are intact, free space and rerun to resume",
                        e);
            }
        }
    }

    /**
     * Parses every complete, non-empty row after the header, in file order. A last line without its line
     * break (a write cut short by a crash) is dropped and truncated away.
     *
     * @throws SweepFormatException naming the file and line of a wrong header, a wrong column count or a
     *     cell {@code parser} rejects
     */
    public static <T> List<T> read(Path file, String header, RowParser<T> parser) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int end = bytes.length;
        while (end > 0 && bytes[end - 1] != '\n') {
            end--;
        }
        if (end < bytes.length) {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                channel.truncate(end);
                channel.force(false);
            }
        }
        List<CsvRows.Row> lines;
        try {
            lines = CsvRows.parse(new String(bytes, 0, end, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new SweepFormatException(e.getMessage(), e);
        }
        String first = CsvRows.header(lines);
        if (!first.equals(header)) {
            throw new SweepFormatException(file + ": line 1 must be the header '" + header + "', was '" + first + "'");
        }
        int columns = lines.get(0).cells().length;
        List<T> rows = new ArrayList<>();
        for (CsvRows.Row line : lines.subList(1, lines.size())) {
            if (line.cells().length != columns) {
                throw new SweepFormatException(file + ": line " + line.line() + " has " + line.cells().length
                        + " columns, expected " + columns);
            }
            try {
                rows.add(parser.parse(line.cells()));
            } catch (IllegalArgumentException e) {
                throw new SweepFormatException(file + ": line " + line.line() + ": " + e.getMessage(), e);
            }
        }
        return rows;
    }
}
