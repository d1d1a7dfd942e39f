package io.phasescope.app.workspace;

import io.phasescope.model.io.AtomicFiles;
import io.phasescope.model.sweep.SweepFolder;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A sweep folder carried inside a workspace, so that the workspace opens on another machine. Every file of the
 * folder is one entry under {@code sweeps/<folder name>/} (its relative path after that prefix): the manifest,
 * {@code points.csv}, {@code transitions.csv}, {@code probes.csv}, {@code spectra.csv} and any other CSV, the
 * kept {@code params/}, θ_ref and the start θ. The resume state {@code state/} (at most two parameter vectors
 * per branch and seed) is carried only while the sweep is unfinished, since a finished sweep keeps both ends of
 * every branch in {@code params/}. Hidden temporary files are left out.
 *
 * <p>On opening, the folder the workspace names is used when it holds every embedded file byte for byte (it may
 * hold more, e.g. spectra computed since); otherwise the copy is extracted under the app's sweeps root, into a
 * fresh folder unless an identical extraction is already there. An existing folder is never written to.
 */
public final class EmbeddedSweep {

    /** The archive folder under which embedded sweeps live. */
    public static final String ROOT = "sweeps/";
    /** A safe relative path: name segments of letters, digits, '.', '_' and '-', never "." or "..". */
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]*");

    private static final String STATE = "state";
    private static final int MAX_SIBLINGS = 1000;

    private EmbeddedSweep() {}

    /**
     * The entries embedding {@code folder}, each under the returned map's prefix {@code sweeps/<name>/}.
     *
     * @return the archive folder and the entries by archive name
     */
    public static Packed pack(Path folder) throws IOException {
        SweepFolder sweep = SweepFolder.open(folder);
        boolean finished = sweep.points().size() >= sweep.spec().totalSteps();
        String prefix = ROOT
                + safeName(
                        folder.getFileName() == null
                                ? "sweep"
                                : folder.getFileName().toString()) + "/";
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String relative = folder.relativize(file).toString().replace('\\', '/');
                if (isCarried(relative, finished)) {
                    entries.put(prefix + relative, Files.readAllBytes(file));
                }
            }
        }
        return new Packed(prefix, entries);
    }

    /**
     * A packed sweep.
     *
     * @param prefix the archive folder, ending in '/'
     * @param entries archive name → bytes, {@code prefix + "sweep.json"} among them
     */
    public record Packed(String prefix, Map<String, byte[]> entries) {

        /** Their total size, bytes. */
        public long bytes() {
            return entries.values().stream().mapToLong(b -> b.length).sum();
        }
    }

    /**
     * The embedded files under {@code prefix}, by path relative to the sweep folder; checks that the prefix and
     * every path are safe and that the manifest is there.
     *
     * @throws WorkspaceException when the copy is damaged or names a path outside its folder
     */
    static Map<String, byte[]> files(Map<String, byte[]> entries, String prefix) {
        if (!prefix.startsWith(ROOT)
                || !prefix.endsWith("/")
                || !isSafe(prefix.substring(ROOT.length(), prefix.length() - 1))) {
            throw new WorkspaceException("the workspace's embedded sweep has an unusable folder name '" + prefix + "'");
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            if (e.getKey().startsWith(prefix)) {
                String relative = e.getKey().substring(prefix.length());
                if (!isSafe(relative)) {
                    throw new WorkspaceException(
                            "the workspace's embedded sweep holds an unusable file name '" + e.getKey() + "'");
                }
                files.put(relative, e.getValue());
            }
        }
        if (!files.containsKey(SweepFolder.MANIFEST)) {
            throw new WorkspaceException(
                    "the workspace's embedded sweep " + prefix + " lacks its " + SweepFolder.MANIFEST);
        }
        return files;
    }

    /** The name of the sweep embedded under {@code prefix}: its last folder name. */
    static String name(String prefix) {
        String trimmed = prefix.substring(0, prefix.length() - 1);
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    /**
     * The folder to open for an embedded sweep: {@code referenced} when it holds the same files, else the copy
     * extracted to {@code extractRoot/<name>} (or {@code <name>-2}, {@code -3} … when a different folder is
     * there). Worker thread.
     *
     * @param files the embedded files by relative path, from {@link #files}
     * @param referenced the folder the workspace names, or null
     */
    static Path resolve(Map<String, byte[]> files, String name, Path referenced, Path extractRoot) throws IOException {
        if (referenced != null && holds(referenced, files)) {
            return referenced;
        }
        for (int n = 1; n <= MAX_SIBLINGS; n++) {
            Path target = extractRoot.resolve(n == 1 ? name : name + "-" + n);
            if (!Files.exists(target)) {
                return extract(files, target);
            }
            if (holds(target, files)) {
                return target;
            }
        }
        throw new IOException("cannot find a free folder name for the sweep '" + name + "' in " + extractRoot);
    }

    /** Whether {@code folder} holds every file of {@code files} with the same bytes. */
    static boolean holds(Path folder, Map<String, byte[]> files) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            Path file = folder.resolve(e.getKey());
            if (!Files.isRegularFile(file)
                    || Files.size(file) != e.getValue().length
                    || !Arrays.equals(Files.readAllBytes(file), e.getValue())) {
                return false;
            }
        }
        return true;
    }

    /** Writes the files into a hidden sibling of {@code target}, then renames it into place. */
    private static Path extract(Map<String, byte[]> files, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        // a plain new directory (umask permissions), not an owner-only temporary one: it becomes the sweep folder
        Path partial = Files.createDirectory(target.getParent()
                .resolve("." + target.getFileName() + ".partial-"
                        + ProcessHandle.current().pid() + "-" + Long.toHexString(System.nanoTime())));
        try {
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                Path file = partial.resolve(e.getKey());
                Files.createDirectories(file.getParent());
                AtomicFiles.write(file, out -> out.write(e.getValue()));
            }
            Files.createDirectories(partial.resolve(STATE));
            Files.createDirectories(partial.resolve("params"));
            try {
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, target);
            }
            return target;
        } finally {
            deleteIfLeft(partial);
        }
    }

    private static void deleteIfLeft(Path partial) throws IOException {
        if (Files.exists(partial)) {
            try (Stream<Path> files = Files.walk(partial)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static boolean isCarried(String relative, boolean finished) {
        if (!isSafe(relative)) {
            return false;
        }
        return !(finished && relative.startsWith(STATE + "/"));
    }

    private static boolean isSafe(String relative) {
        if (relative.isEmpty()) {
            return false;
        }
        for (String segment : relative.split("/", -1)) {
            if (!SEGMENT.matcher(segment).matches()) {
                return false;
            }
        }
        return true;
    }

    /** {@code name} with every character but letters, digits, '.', '_' and '-' replaced by '-'. */
    public static String safeName(String name) {
        String safe = name.replaceAll("[^A-Za-z0-9._-]", "-").replaceAll("^[.-]+", "");
        return safe.isEmpty() ? "sweep" : safe;
    }
}
