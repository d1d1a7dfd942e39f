package io.phasescope.model.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into rows of cells with Jackson's CSV parser (RFC 4180: commas, double-quoted cells that may
 * hold commas, quotes doubled inside them, LF or CRLF line ends). Blank lines are skipped; every other row keeps
 * all its cells, empty ones included, and the 1-based line it starts on, so each file format checks its own
 * column count and parses its own cells.
 */
public final class CsvRows {

    /** One row: the 1-based line it starts on and its cells, as written (quotes removed). */
    public record Row(int line, String[] cells) {}

    private static final CsvMapper MAPPER = new CsvMapper();

    private CsvRows() {}

    /**
     * The rows of {@code text}, header included, in order.
     *
     * @param source names the text in errors (a file)
     * @throws IOException naming {@code source} and the line of malformed CSV (an unclosed quote)
     */
    public static List<Row> parse(String text, String source) throws IOException {
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        int line = 0;
        try (CsvParser parser = (CsvParser) MAPPER.createParser(text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.START_ARRAY) {
                    cells.clear();
                } else if (token == JsonToken.END_ARRAY) {
                    if (!(cells.size() == 1 && cells.get(0).isBlank())) {
                        rows.add(new Row(line, cells.toArray(String[]::new)));
                    }
                    cells.clear();
                } else {
                    if (cells.isEmpty()) {
                        line = parser.currentTokenLocation().getLineNr();
                    }
                    cells.add(parser.getText());
                }
            }
        } catch (JsonProcessingException e) {
            // The row being read when the parser gave up, else where it gave up (an unclosed quote: the end).
            int at = !cells.isEmpty()
                    ? line
                    : e.getLocation() == null ? -1 : e.getLocation().getLineNr();
            throw new IOException(source + ": line " + at + " is not valid CSV: " + e.getOriginalMessage(), e);
        }
        return rows;
    }

    /** The cells of {@code rows}' header (their first row, when it is on line 1) joined by commas, else "". */
    public static String header(List<Row> rows) {
        return rows.isEmpty() || rows.get(0).line() != 1
                ? ""
                : String.join(",", rows.get(0).cells());
    }
}
