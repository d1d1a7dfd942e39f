package io.phasescope.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Refuses outputs that would write over a command's own inputs or over the files of a sweep, model, path or slice
 * folder (usage error, exit code 2), before anything is computed.
 */
final class OutputGuard {

    /** The folders Phasescope writes, each recognized by the file that describes it. */
    enum Kind {
        SWEEP("sweep", "sweep.json"),
        MODEL("model", "model.json"),
        PATH("path", "path.json"),
        SLICE("slice", "slice.json");

        private final String label;
        private final String marker;

        Kind(String label, String marker) {
            this.label = label;
            this.marker = marker;
        }

        /** The kind of {@code folder}, or {@code null} if it is none of these. */
        static Kind of(Path folder) {
            for (Kind kind : values()) {
                if (Files.isRegularFile(folder.resolve(kind.marker))) {
                    return kind;
                }
            }
            return null;
        }
    }

    /** Files that belong to a folder of {@link Kind}; besides these, every {@code model.*} and {@code path.*}. */
    private static final Set<String> OWNED = Set.of(
            "points.csv",
            "sweep.json",
            "transitions.csv",
            "spectra.csv",
            "confusion.csv",
            "samples.csv",
            "failures.csv",
            "probes.csv",
            "theta-ref.bin",
            "start.bin",
            "metrics.json",
            "control.bin",
            "path-spectra.csv",
            "slice.csv",
            "slice.json");

    private OutputGuard() {}

    /** An output file: neither one of {@code inputs} nor a file that belongs to a Phasescope folder. */
    static void file(CommandSpec spec, String option, Path out, Collection<Path> inputs) {
        refuseInput(spec, option, out, inputs);
        Path parent = out.toAbsolutePath().getParent();
        Kind kind = parent == null ? null : Kind.of(parent);
        String name = String.valueOf(out.getFileName());
        if (kind != null && (OWNED.contains(name) || name.startsWith("model.") || name.startsWith("path."))) {
            throw new ParameterException(
                    spec.commandLine(),
                    option + " " + out + " would overwrite a file of the " + kind.label + " folder "
                            + (out.getParent() != null ? out.getParent() : parent) + "; write elsewhere");
        }
    }

    /**
     * An output folder: not one of {@code inputs}, and not a Phasescope folder of another kind than {@code writes}
     * ({@code null}: the command's output is none of the {@link Kind}s it could be mistaken for, except a slice).
     */
    static void folder(CommandSpec spec, String option, Path out, Kind writes, Collection<Path> inputs) {
        refuseInput(spec, option, out, inputs);
        Kind kind = Kind.of(out);
        if (kind != null && kind != writes) {
            throw new ParameterException(
                    spec.commandLine(),
                    option + " " + out + " is a " + kind.label + " folder; write the "
                            + (writes == null ? "output" : writes.label) + " into a new folder");
        }
    }

    private static void refuseInput(CommandSpec spec, String option, Path out, Collection<Path> inputs) {
        Path target = out.toAbsolutePath().normalize();
        for (Path input : inputs) {
            if (input != null && input.toAbsolutePath().normalize().equals(target)) {
                throw new ParameterException(
                        spec.commandLine(), option + " " + out + " is an input of this command; write elsewhere");
            }
        }
    }
}
