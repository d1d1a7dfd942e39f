package io.phasescope.cluster.cli;

import io.phasescope.model.io.ErrorText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of the cluster module: {@code phasescope study …}, {@code cluster …} and {@code bench --study}, which
 * the launcher sends here rather than to the app.
 */
@Command(
        name = "phasescope",
        mixinStandardHelpOptions = true,
        subcommands = {StudyCommand.class, ClusterCommand.class, StudyBenchCommand.class},
        description = "Studies: many Pathfinder sweeps, run on Apache Spark (local mode or a standalone cluster).")
public final class ClusterMain {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterMain.class);

    private ClusterMain() {}

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /**
     * The command line, for tests (its output goes to {@code setOut}): usage and exit code 2 on bad arguments; a
     * failure while running prints one line (the stack trace at debug level, {@code PHASESCOPE_LOG=debug}) and exits 1.
     */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new ClusterMain());
        commandLine.setExecutionExceptionHandler((e, command, parseResult) -> {
            LOG.debug("command failed", e);
            command.getErr().println("Error: " + ErrorText.describe(e));
            return 1;
        });
        return commandLine;
    }
}
