package io.phasescope.cluster.cli;

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

    private ClusterMain() {}

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line, for tests (its output goes to {@code setOut}). */
    public static CommandLine commandLine() {
        return new CommandLine(new ClusterMain());
    }
}
