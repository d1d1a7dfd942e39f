package io.phasescope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasescope.app.config.GuiConfig;
import io.phasescope.app.config.GuiPort;
import io.phasescope.app.config.ScreenshotRequest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code phasescope [FILE.phasescope]}: the app opens with the workspace given, and only a workspace is taken. */
class PhasescopeCommandTest {

    private final List<GuiConfig> launched = new ArrayList<>();
    private final StringWriter err = new StringWriter();

    @Test
    void aWorkspaceFileIsOpenedAtStart() {
        assertThat(run("--sweeps", "/s", "lab.phasescope")).isZero();

        assertThat(launched)
                .containsExactly(new GuiConfig(null, Path.of("/s")).withWorkspace(Path.of("lab.phasescope")));
    }

    @Test
    void withoutAFileTheAppStartsEmpty() {
        assertThat(run()).isZero();

        assertThat(launched).containsExactly(GuiConfig.defaults());
    }

    @Test
    void anArgumentThatIsNeitherACommandNorAWorkspaceIsAUsageError() {
        assertThat(run("trian")).isEqualTo(2);

        assertThat(err.toString()).contains("'trian' is neither a command nor a workspace file (*.phasescope)");
        assertThat(launched).isEmpty();
    }

    @Test
    void commandsStillWinOverTheFileArgument() {
        CommandLine.ParseResult parsed = PhasescopeCommand.commandLine().parseArgs("train", "--help");

        assertThat(parsed.subcommand().commandSpec().name()).isEqualTo("train");
    }

    private int run(String... args) {
        CommandLine commandLine = PhasescopeCommand.commandLine(new RecordingPort());
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private final class RecordingPort implements GuiPort {
        @Override
        public void launch(GuiConfig config) {
            launched.add(config);
        }

        @Override
        public void screenshot(GuiConfig config, ScreenshotRequest request, Duration timeout) {
            throw new AssertionError("no screenshot expected");
        }
    }
}
