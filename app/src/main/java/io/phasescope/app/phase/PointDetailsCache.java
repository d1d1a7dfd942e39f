package io.phasescope.app.phase;

import io.phasescope.model.sweep.PointDetails;
import io.phasescope.model.sweep.PointDetailsCsv;
import io.phasescope.model.sweep.PointKey;
import io.phasescope.model.sweep.SweepFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;

/**
 * The stored details of the shown sweep's points, read again only when {@code confusion.csv} or
 * {@code samples.csv} changed (a running sweep appends to them). Thread-safe.
 */
public final class PointDetailsCache {

    private Path root;
    private String version;
    private Map<PointKey, PointDetails> details = Map.of();

    /** The details of {@code key} in {@code folder}, or {@code null} when the sweep stored none. */
    public synchronized PointDetails get(SweepFolder folder, PointKey key) throws IOException {
        String now = version(folder.root());
        if (!folder.root().equals(root) || !now.equals(version)) {
            details = folder.details();
            root = folder.root();
            version = now;
        }
        return details.get(key);
    }

    private static String version(Path root) throws IOException {
        StringBuilder v = new StringBuilder();
        for (String name : new String[] {PointDetailsCsv.CONFUSION, PointDetailsCsv.SAMPLES}) {
            Path file = root.resolve(name);
            if (Files.isRegularFile(file)) {
                FileTime modified = Files.getLastModifiedTime(file);
                v.append(Files.size(file))
                        .append('@')
                        .append(modified.toMillis())
                        .append(';');
            }
        }
        return v.toString();
    }
}
