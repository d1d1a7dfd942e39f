package io.phasescope.app.cli;

import io.phasescope.app.workspace.WorkspaceArchive;
import io.phasescope.app.workspace.WorkspaceCodec;
import io.phasescope.app.workspace.WorkspaceException;
import io.phasescope.model.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code phasescope workspace check|extract FILE}: validates a {@code .phasescope} workspace file entry by entry
 * (the zip's central directory and every entry's CRC, the manifest, every model's parameters, the embedded
 * sweep) or writes its entries into a folder. A damaged file exits with code 1 and one line saying what is wrong.
 */
@Command(
        name = "workspace",
        mixinStandardHelpOptions = true,
        description = "Check a .phasescope workspace file, or extract its entries into a folder.",
        subcommands = {WorkspaceCommand.Check.class, WorkspaceCommand.Extract.class})
final class WorkspaceCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "give a subcommand: check FILE or extract FILE --out DIR");
    }

    /** The workspace's entries after every check, or a {@link WorkspaceException} saying what is damaged. */
    static WorkspaceArchive.Contents checked(Path file) {
        WorkspaceArchive.Contents contents = WorkspaceArchive.read(file);
        Map<String, Long> listed = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                listed.put(entry.getName(), entry.getSize());
            }
        } catch (ZipException e) {
            throw new WorkspaceException(file + " is damaged: its zip directory is missing or broken (" + e.getMessage()
                    + "); the file may be truncated");
        } catch (IOException e) {
            throw new WorkspaceException(file + " cannot be read: " + e.getMessage(), e);
        }
        Map<String, Long> read = new LinkedHashMap<>();
        read.put(WorkspaceArchive.MANIFEST, listed.get(WorkspaceArchive.MANIFEST));
        contents.entries().forEach((name, bytes) -> read.put(name, (long) bytes.length));
        if (!read.equals(listed)) {
            throw new WorkspaceException(
                    file + " is damaged: its zip directory does not list the entries the file holds");
        }
        try {
            WorkspaceCodec.models(contents);
        } catch (WorkspaceException e) {
            throw new WorkspaceException(file + ": " + e.getMessage(), e);
        }
        return contents;
    }

    /** {@code workspace check FILE}. */
    @Command(
            name = "check",
            mixinStandardHelpOptions = true,
            description = "Validate every entry of a workspace file; exit code 1 with a message if it is damaged.")
    static final class Check implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "A .phasescope workspace file.")
        Path file;

        @Override
        public Integer call() {
            WorkspaceArchive.Contents contents = checked(file);
            spec.commandLine()
                    .getOut()
                    .printf(
                            "%s is whole: workspace version %d, %d models, %s, %d entries%n",
                            file,
                            contents.state().version(),
                            contents.state().models().size(),
                            contents.state().phase() == null
                                            || contents.state().phase().embedded() == null
                                    ? "no embedded sweep"
                                    : "embedded sweep "
                                            + contents.state().phase().embedded(),
                            contents.entries().size() + 1);
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    /** {@code workspace extract FILE --out DIR}. */
    @Command(
            name = "extract",
            mixinStandardHelpOptions = true,
            description = "Check a workspace file, then write manifest.json and every entry into --out.")
    static final class Extract implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "A .phasescope workspace file.")
        Path file;

        @Option(names = "--out", paramLabel = "DIR", required = true, description = "The folder to write into.")
        Path out;

        @Override
        public Integer call() throws IOException {
            OutputGuard.folder(spec, "--out", out, null, List.of(file));
            WorkspaceArchive.Contents contents = checked(file);
            Path root = out.toAbsolutePath().normalize();
            Map<String, byte[]> entries = new LinkedHashMap<>(contents.entries());
            try (ZipFile zip = new ZipFile(file.toFile())) {
                entries.put(
                        WorkspaceArchive.MANIFEST,
                        zip.getInputStream(zip.getEntry(WorkspaceArchive.MANIFEST))
                                .readAllBytes());
            }
            for (String name : entries.keySet()) {
                Path target = root.resolve(name).normalize();
                if (!target.startsWith(root) || target.equals(root)) {
                    throw new WorkspaceException(file + " is damaged: entry name " + name + " leaves the folder");
                }
            }
            OutputFolder.prepare(out, "--out");
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                AtomicFiles.write(root.resolve(entry.getKey()), o -> o.write(entry.getValue()));
            }
            spec.commandLine().getOut().printf("Wrote %d entries of %s to %s%n", entries.size(), file, out);
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
