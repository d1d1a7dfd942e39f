package io.phasescope.app.workspace;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.phasescope.model.io.AtomicFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A workspace file: a zip whose first entry is {@code manifest.json} ({@link WorkspaceState}) followed by binary
 * entries (parameter vectors as big-endian float32 as in {@code FloatFiles}, path profiles as CSV). Written atomically (a temporary file
 * renamed over the target), so a crash mid-save leaves the previous file intact. Reading checks the format,
 * the version (1 or 2), every entry's size and the names of an embedded sweep ({@link EmbeddedSweep}), and fails
 * with a {@link WorkspaceException} naming the file.
 */
public final class WorkspaceArchive {

    /** The manifest's entry name. */
    public static final String MANIFEST = "manifest.json";
    /** The conventional file extension. */
    public static final String EXTENSION = ".phasescope";
    /** The largest entry read, bytes (a 16-million-parameter model is 64 MB). */
    static final long MAX_ENTRY = 256L << 20;
    /** The most entries read. */
    static final int MAX_ENTRIES = 10_000;

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private WorkspaceArchive() {}

    /** A workspace as read: its manifest and its other entries by name. */
    public record Contents(WorkspaceState state, Map<String, byte[]> entries) {

        /** The bytes of entry {@code name}; a missing entry is a {@link WorkspaceException}. */
        public byte[] entry(String name) {
            byte[] bytes = entries.get(name);
            if (bytes == null) {
                throw new WorkspaceException("the workspace lacks its entry " + name);
            }
            return bytes;
        }
    }

    /** Writes {@code state} and {@code entries} to {@code file}, atomically. */
    public static void write(Path file, WorkspaceState state, Map<String, byte[]> entries) {
        try {
            AtomicFiles.write(file, out -> {
                ZipOutputStream zip = new ZipOutputStream(out);
                zip.putNextEntry(new ZipEntry(MANIFEST));
                zip.write(JSON.writeValueAsBytes(state));
                zip.closeEntry();
                for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                    zip.putNextEntry(new ZipEntry(e.getKey()));
                    zip.write(e.getValue());
                    zip.closeEntry();
                }
                zip.finish();
            });
        } catch (IOException e) {
            throw new WorkspaceException("Cannot save the workspace to " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads a workspace file written by {@link #write}. */
    public static Contents read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new WorkspaceException(file + " is not a file");
        }
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(file);
                ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entries.size() >= MAX_ENTRIES) {
                    throw new WorkspaceException(file + " holds more than " + MAX_ENTRIES + " entries");
                }
                entries.put(entry.getName(), bounded(zip, file, entry.getName()));
            }
        } catch (IOException | IllegalArgumentException e) {
            // IllegalArgumentException: ZipInputStream's answer to an entry name that is not valid UTF-8
            throw new WorkspaceException(
                    file + " is damaged or not a Phasescope workspace (" + e.getMessage() + ")", e);
        }
        byte[] manifest = entries.remove(MANIFEST);
        if (manifest == null) {
            throw new WorkspaceException(
                    file + " is not a Phasescope workspace (no " + MANIFEST + "); it may be" + " truncated");
        }
        WorkspaceState state;
        try {
            state = JSON.readValue(manifest, WorkspaceState.class);
        } catch (IOException e) {
            throw new WorkspaceException(
                    file + ": its manifest is damaged ("
                            + e.getMessage().lines().findFirst().orElse("") + ")",
                    e);
        }
        if (!WorkspaceState.FORMAT.equals(state.format())) {
            throw new WorkspaceException(file + " is not a Phasescope workspace (format '" + state.format() + "')");
        }
        if (state.version() < WorkspaceState.FIRST_VERSION) {
            throw new WorkspaceException(file + " has an unknown workspace version " + state.version());
        }
        if (state.version() > WorkspaceState.VERSION) {
            throw new WorkspaceException(file + " was saved by a newer Phasescope (workspace version " + state.version()
                    + "; this one reads up to " + WorkspaceState.VERSION + ")");
        }
        if (state.phase() != null && state.phase().embedded() != null) {
            try {
                EmbeddedSweep.files(entries, state.phase().embedded());
            } catch (WorkspaceException e) {
                throw new WorkspaceException(file + ": " + e.getMessage(), e);
            }
        }
        return new Contents(state, entries);
    }

    private static byte[] bounded(ZipInputStream zip, Path file, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
            total += n;
            if (total > MAX_ENTRY) {
                throw new WorkspaceException(
                        file + ": entry " + name + " is larger than " + (MAX_ENTRY >> 20) + " MiB");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
