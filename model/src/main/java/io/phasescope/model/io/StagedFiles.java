package io.phasescope.model.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Changes a set of files in a folder as a whole. Every new file is first written (fsync'ed) as a hidden
 * {@code .NAME.staged} sibling, then the commit file, which lists the SHA-256 of each, is staged the same way:
 * once it exists the change is decided. The staged files are then renamed over the old ones, the commit file
 * last. A reader that finds the commit file out of step with the files (a writer killed while renaming)
 * {@link #resolve resolves} each file to the final or the staged copy whose hash matches, so it sees the old set or
 * the new set, never a mixture; the next write finishes or discards what a killed writer left.
 */
final class StagedFiles {

    private static final String STAGED = ".staged";

    private StagedFiles() {}

    /** The hidden staged copy of {@code name} in {@code folder}. */
    static Path staged(Path folder, String name) {
        return folder.resolve("." + name + STAGED);
    }

    /** Lower-case hex SHA-256 of {@code bytes}. */
    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }

    /**
     * Writes {@code files} and then the commit file {@code commitName}, whose content {@code commit} builds from the
     * files' hashes, into {@code folder} as one change; {@code obsolete} files not in {@code files} are deleted.
     * First finishes or discards what an interrupted earlier write left ({@link #recover}).
     */
    static void write(
            Path folder,
            Map<String, byte[]> files,
            String commitName,
            Function<Map<String, String>, byte[]> commit,
            Function<byte[], Map<String, String>> hashesOf,
            Set<String> obsolete)
            throws IOException {
        Files.createDirectories(folder);
        recover(folder, commitName, hashesOf);
        Map<String, String> hashes = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            try {
                AtomicFiles.write(staged(folder, file.getKey()), out -> out.write(file.getValue()));
            } catch (IOException e) {
                for (String written : hashes.keySet()) {
                    Files.deleteIfExists(staged(folder, written));
                }
                String reason = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
                throw new IOException(
                        "could not write " + folder.resolve(file.getKey()) + " (" + reason
                                + "); the folder keeps its previous files",
                        e);
            }
            hashes.put(file.getKey(), sha256(file.getValue()));
        }
        byte[] commitBytes = commit.apply(hashes);
        AtomicFiles.write(staged(folder, commitName), out -> out.write(commitBytes));
        finish(folder, commitName, hashes);
        for (String name : obsolete) {
            if (!files.containsKey(name)) {
                Files.deleteIfExists(folder.resolve(name));
            }
        }
    }

    /**
     * Each file named in {@code hashes}, final or staged, whose content has that hash; empty when one has neither.
     */
    static Optional<Map<String, Path>> resolve(Path folder, Map<String, String> hashes) throws IOException {
        Map<String, Path> resolved = new LinkedHashMap<>();
        for (Map.Entry<String, String> file : hashes.entrySet()) {
            Path found = null;
            for (Path candidate : new Path[] {folder.resolve(file.getKey()), staged(folder, file.getKey())}) {
                if (found == null
                        && Files.isRegularFile(candidate)
                        && sha256(Files.readAllBytes(candidate)).equals(file.getValue())) {
                    found = candidate;
                }
            }
            if (found == null) {
                return Optional.empty();
            }
            resolved.put(file.getKey(), found);
        }
        return Optional.of(resolved);
    }

    /**
     * Finishes a change whose staged commit file is whole and whose files all resolve; otherwise deletes the
     * staged files and the temporary files of {@link AtomicFiles} that a killed writer left.
     */
    static void recover(Path folder, String commitName, Function<byte[], Map<String, String>> hashesOf)
            throws IOException {
        Path commit = staged(folder, commitName);
        if (Files.isRegularFile(commit)) {
            Map<String, String> hashes;
            try {
                hashes = hashesOf.apply(Files.readAllBytes(commit));
            } catch (RuntimeException e) {
                hashes = null;
            }
            if (hashes != null && resolve(folder, hashes).isPresent()) {
                finish(folder, commitName, hashes);
            }
        }
        try (Stream<Path> names = Files.list(folder)) {
            for (Path file : names.toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith(".") && (name.endsWith(STAGED) || name.endsWith(".tmp"))) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /** Renames the staged files that are still staged over the final ones, the commit file last. */
    private static void finish(Path folder, String commitName, Map<String, String> hashes) throws IOException {
        for (String name : hashes.keySet()) {
            Path staged = staged(folder, name);
            if (Files.isRegularFile(staged)) {
                Files.move(
                        staged,
                        folder.resolve(name),
                        StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.move(
                staged(folder, commitName),
                folder.resolve(commitName),
                StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
    }
}
