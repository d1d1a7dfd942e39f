package io.phasescope.app.cli;

import java.io.PrintWriter;

/**
 * Progress on standard output: on a terminal one line rewritten in place (carriage return), so a long computation
 * does not scroll pages of "k of n" lines; elsewhere (a pipe, a log file) one line per update, as a log wants.
 */
final class ProgressLine {

    private final PrintWriter out;
    private final boolean terminal;
    private int width;

    /** @param terminal whether {@code out} is an interactive terminal ({@link #isTerminal()} for stdout) */
    ProgressLine(PrintWriter out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    /** Whether this process's standard output is an interactive terminal. */
    static boolean isTerminal() {
        return System.console() != null;
    }

    /** Shows {@code text} as the current progress. */
    void update(String text) {
        if (terminal) {
            out.print("\r" + text + " ".repeat(Math.max(0, width - text.length())));
            width = text.length();
        } else {
            out.println(text);
        }
        out.flush();
    }

    /** Ends the progress line, so that what follows starts on a line of its own. */
    void finish() {
        if (terminal && width > 0) {
            out.println();
            out.flush();
        }
        width = 0;
    }
}
