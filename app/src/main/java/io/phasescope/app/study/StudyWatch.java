package io.phasescope.app.study;

import io.phasescope.model.study.StudyEntry;
import io.phasescope.model.study.StudyFolder;
import io.phasescope.model.study.StudyResults;
import io.phasescope.model.sweep.SweepFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a study folder again only when it changed: study.json rewritten, study.csv grown or another task's sweep
 * folder started. Each check costs a few file stats; a full read opens every finished sweep. Call from one thread at
 * a time (a background task).
 */
public final class StudyWatch {

    /**
     * A study read whole.
     *
     * @param results the study and its variants' results
     * @param started the ids of the tasks whose sweep folder holds points (they can be overlaid)
     */
    public record Snapshot(StudyResults results, Set<String> started) {

        public Snapshot {
            started = Set.copyOf(started);
        }
    }

    private final Path root;
    private List<Object> lastStamp;

    /** Watches the study in {@code root}; the first {@link #readIfChanged} reads it. */
    public StudyWatch(Path root) {
        if (root == null) {
            throw new IllegalArgumentException("root must be given");
        }
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /**
     * The study read whole when it changed since the last read (always the first time), else empty.
     *
     * @throws IllegalArgumentException when the folder is not (or no longer) a study folder, saying why
     */
    public Optional<Snapshot> readIfChanged() throws IOException {
        List<Object> stamp = stamp();
        if (stamp.equals(lastStamp)) {
            return Optional.empty();
        }
        StudyResults results = StudyResults.read(root);
        Set<String> started = results.manifest().entries().stream()
                .filter(e -> Files.exists(e.folder().resolve(SweepFolder.POINTS)))
                .map(StudyEntry::id)
                .collect(Collectors.toSet());
        lastStamp = stamp;
        return Optional.of(new Snapshot(results, started));
    }

    /** study.json's time and size, study.csv's size and the number of sweep folders; empty without study.json. */
    private List<Object> stamp() throws IOException {
        Path manifest = root.resolve(StudyFolder.MANIFEST);
        Path csv = root.resolve(StudyFolder.CSV);
        Path sweeps = root.resolve(StudyFolder.SWEEPS);
        if (!Files.isRegularFile(manifest)) {
            return List.of();
        }
        long folders = 0;
        if (Files.isDirectory(sweeps)) {
            try (var list = Files.list(sweeps)) {
                folders = list.filter(f -> Files.exists(f.resolve(SweepFolder.POINTS)))
                        .count();
            }
        }
        return List.of(
                Files.getLastModifiedTime(manifest),
                Files.size(manifest),
                Files.exists(csv) ? Files.size(csv) : -1L,
                folders);
    }
}
