package io.phasescope.model.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppendOnlyCsvTest {

    private static final String HEADER = "branch,seed,lambda,message";

    @TempDir
    Path dir;

    @Test
    void aQuotedCellKeepsItsCommas() throws IOException {
        Path file = dir.resolve(SweepFolder.FAILURES);
        AppendOnlyCsv.create(file, HEADER);
        AppendOnlyCsv.append(file, "up,7,0.25,\"diverged at epoch 3: loss NaN, norm 1e9\"");

        List<String> messages = AppendOnlyCsv.read(file, HEADER, cells -> cells[3]);

        assertThat(messages).containsExactly("diverged at epoch 3: loss NaN, norm 1e9");
    }

    @Test
    void aTornLastLineIsDroppedAndTruncatedAway() throws IOException {
        Path file = dir.resolve("rows.csv");
        String whole = HEADER + "\nup,7,0.25,\"a, b\"\n";
        Files.writeString(file, whole + "up,7,0.5,\"cut", StandardCharsets.UTF_8);

        assertThat(AppendOnlyCsv.read(file, HEADER, cells -> cells[3])).containsExactly("a, b");
        assertThat(Files.readString(file)).isEqualTo(whole);
    }

    @Test
    void anUnclosedQuoteOrAWrongCountNamesTheFileAndLine() throws IOException {
        Path file = dir.resolve("rows.csv");
        Files.writeString(file, HEADER + "\nup,7,0.25,ok\nup,7,0.5,\"open\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> AppendOnlyCsv.read(file, HEADER, cells -> cells[3]))
                .isInstanceOf(SweepFormatException.class)
                .hasMessageStartingWith(file + ": line 3");

        Files.writeString(file, HEADER + "\n\nup,7,\"0.25,x\"\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> AppendOnlyCsv.read(file, HEADER, cells -> cells[3]))
                .isInstanceOf(SweepFormatException.class)
                .hasMessage(file + ": line 3 has 3 columns, expected 4");
    }

    @Test
    void aWrongHeaderIsRefused() throws IOException {
        Path file = dir.resolve("rows.csv");
        Files.writeString(file, "\n" + HEADER + "\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> AppendOnlyCsv.read(file, HEADER, cells -> cells[3]))
                .isInstanceOf(SweepFormatException.class)
                .hasMessage(file + ": line 1 must be the header '" + HEADER + "', was ''");
    }
}
