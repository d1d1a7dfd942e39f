package io.phasescope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressLineTest {

    @Test
    void onATerminalOneLineIsRewrittenInPlace() {
        StringWriter text = new StringWriter();
        ProgressLine line = new ProgressLine(new PrintWriter(text), true);

        line.update("10 of 1681 points");
        line.update("1681 of 1681 points");
        line.finish();

        assertThat(text.toString()).isEqualTo("\r10 of 1681 points\r1681 of 1681 points\n");
    }

    @Test
    void aShorterTextClearsTheRestOfTheLongerOne() {
        StringWriter text = new StringWriter();
        ProgressLine line = new ProgressLine(new PrintWriter(text), true);

        line.update("12345");
        line.update("123");

        assertThat(text.toString()).isEqualTo("\r12345\r123  ");
    }

    @Test
    void inAPipeEachUpdateIsALogLine() {
        StringWriter text = new StringWriter();
        ProgressLine line = new ProgressLine(new PrintWriter(text), false);

        line.update("a");
        line.update("b");
        line.finish();

        assertThat(text.toString().lines()).containsExactly("a", "b");
    }
}
