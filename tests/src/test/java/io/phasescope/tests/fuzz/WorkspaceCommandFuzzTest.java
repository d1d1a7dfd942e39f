package io.phasescope.tests.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasescope.app.cli.PhasescopeCommand;
import io.phasescope.app.workspace.WorkspaceArchive;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * {@code workspace check} and {@code workspace extract} (issue #14, item 11): a whole file checks and extracts
 * entry for entry, a file cut just before its zip central directory is refused (the app's streaming reader still
 * loads all of its entries), and seeded mutations of the corpus workspace either check whole or exit with code 1
 * and one line, never a stack trace.
 */
class WorkspaceCommandFuzzTest {

    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceCommandFuzzTest.class);

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine cli = PhasescopeCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private static Path corpus() throws Exception {
        return Path.of(WorkspaceCommandFuzzTest.class
                .getResource("/fuzz/workspace-v2.phasescope")
                .toURI());
    }

    @Test
    void aWholeFileChecksAndExtractsEntryForEntry() throws Exception {
        Path file = corpus();
        assertThat(run("workspace", "check", file.toString()))
                .as(err.toString())
                .isZero();
        assertThat(out.toString()).contains(file + " is whole: workspace version 2");

        Path folder = dir.resolve("extracted");
        assertThat(run("workspace", "extract", file.toString(), "--out", folder.toString()))
                .as(err.toString())
                .isZero();
        WorkspaceArchive.Contents contents = WorkspaceArchive.read(file);
        for (var entry : contents.entries().entrySet()) {
            assertThat(Files.readAllBytes(folder.resolve(entry.getKey()))).isEqualTo(entry.getValue());
        }
        assertThat(folder.resolve(WorkspaceArchive.MANIFEST)).isRegularFile();
    }

    @Test
    void aFileCutBeforeItsCentralDirectoryIsDamaged() throws Exception {
        byte[] whole = Files.readAllBytes(corpus());
        int directory = indexOf(whole, new byte[] {'P', 'K', 1, 2});
        Path cut = Files.write(dir.resolve("cut.phasescope"), Arrays.copyOf(whole, directory));
        assertThat(WorkspaceArchive.read(cut).entries())
                .as("the streaming reader does not notice")
                .isNotEmpty();

        assertThat(run("workspace", "check", cut.toString())).isEqualTo(1);
        assertThat(err.toString().strip())
                .startsWith("Error: " + cut + " is damaged: its zip directory is missing or broken")
                .doesNotContain("Exception", "\tat ");
        assertThat(run(
                        "workspace",
                        "extract",
                        cut.toString(),
                        "--out",
                        dir.resolve("x").toString()))
                .isEqualTo(1);
        assertThat(dir.resolve("x")).doesNotExist();
    }

    @Test
    void mutatedFilesCheckWholeOrExitWithOneLine() throws Exception {
        Path file = dir.resolve("fuzzed.phasescope");
        AtomicInteger whole = new AtomicInteger();
        MutationFuzzer.Report report =
                MutationFuzzer.run(List.of(Files.readAllBytes(corpus())), 600, 14, List.of(), input -> {
                    Files.write(file, input);
                    int code = run("workspace", "check", file.toString());
                    if (code == 0) {
                        whole.incrementAndGet();
                        WorkspaceArchive.read(file);
                    } else if (code != 1
                            || !err.toString().startsWith("Error: ")
                            || err.toString().strip().lines().count() != 1
                            || err.toString().contains("\tat ")) {
                        throw new AssertionError("exit " + code + ": " + err);
                    }
                });
        LOG.info(
                "workspace check on {} mutated files: {} whole, the rest refused with one line; {} findings",
                report.inputs(),
                whole.get(),
                report.findings().size());
        assertThat(report.findings()).isEmpty();
    }

    private static int indexOf(byte[] bytes, byte[] pattern) {
        for (int i = 0; i + pattern.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + pattern.length, pattern, 0, pattern.length)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no central directory");
    }
}
