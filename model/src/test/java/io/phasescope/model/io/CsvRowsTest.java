package io.phasescope.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRowsTest {

    @Test
    void quotedCellsKeepTheirCommasAndQuotes() throws IOException {
        List<CsvRows.Row> rows = CsvRows.parse(
                "branch,seed,lambda,message\nup,1,0.5,\"diverged: loss NaN, at epoch 3 (\"\"x\"\")\"\n", "f");

        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).cells()).containsExactly("up", "1", "0.5", "diverged: loss NaN, at epoch 3 (\"x\")");
    }

    @Test
    void emptyCellsCountAndBlankLinesAreSkippedWithLineNumbersKept() throws IOException {
        List<CsvRows.Row> rows = CsvRows.parse("a,b,c\r\n\r\n1,,\n\n2,3,4\n", "f");

        assertThat(rows).extracting(CsvRows.Row::line).containsExactly(1, 3, 5);
        assertThat(rows.get(1).cells()).containsExactly("1", "", "");
        assertThat(rows.get(2).cells()).containsExactly("2", "3", "4");
    }

    @Test
    void anUnclosedQuoteNamesTheSourceAndLine() {
        assertThatThrownBy(() -> CsvRows.parse("a,b\n1,2\n3,\"4\n", "points.csv"))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("points.csv: line ")
                .hasMessageContaining("not valid CSV");
    }
}
