package io.phasescope.model.study;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.phasescope.model.io.AtomicFiles;
import io.phasescope.model.sweep.AppendOnlyCsv;
import io.phasescope.model.sweep.SweepFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A study on disk: {@code study.json} (the spec, the tasks and each task's state, rewritten atomically on every
 * change), {@code study.csv} (one {@link SweepSummary} row per finished sweep, appended with one fsync'ed write) and
 * {@code sweeps/<task>/} (each task's standard sweep folder) and, when the study computes them, {@code spectra/}
 * ({@link #spectraFolder}) and {@code paths/} ({@link #pathFolder}). A task is finished when study.csv holds its row: the
 * row is appended before study.json says so, so a driver killed in between finds the row and never writes it twice.
 * One driver writes the folder at a time (the caller holds its {@link io.phasescope.model.io.FolderLock}).
 */
public final class StudyFolder {

    public static final String MANIFEST = "study.json";
    public static final String CSV = "study.csv";
    public static final String SWEEPS = "sweeps";
    public static final String SPECTRA = "spectra";
    public static final String PATHS = "paths";

    /** A task's state in study.json. */
    public enum State {
        PENDING,
        /** handed to Spark, which runs it when a core is free */
        SUBMITTED,
        DONE,
        FAILED
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path root;
    private final ObjectNode spec;
    private final List<StudyTask> tasks;
    private final Map<String, State> states = new LinkedHashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();

    private StudyFolder(Path root, ObjectNode spec, List<StudyTask> tasks) {
        this.root = root;
        this.spec = spec;
        this.tasks = tasks;
    }

    /**
     * Opens the study in {@code root} (an existing folder), creating its files for {@code study} when it has none.
     *
     * @throws IllegalArgumentException when the folder holds another study
     */
    public static StudyFolder openOrCreate(Path root, StudySpec study) throws IOException {
        // as read back from text, so that numbers compare by value (an int and a long 1 are different nodes)
        ObjectNode spec = (ObjectNode) JSON.readTree(JSON.writeValueAsString(StudySpecJson.tree(study)));
        Path manifest = root.resolve(MANIFEST);
        if (Files.exists(manifest)) {
            JsonNode stored;
            try {
                stored = JSON.readTree(manifest.toFile()).path("spec");
            } catch (IOException e) {
                throw new SweepFormatException(manifest + " is not a study manifest: " + e.getMessage(), e);
            }
            if (!stored.equals(spec)) {
                throw new IllegalArgumentException(
                        root + " holds another study ('" + stored.path("name").asText()
                                + "', a different spec); resume it with its own spec, or use a new folder");
            }
        }
        Files.createDirectories(root.resolve(SWEEPS));
        // a driver killed while rewriting study.json or a spectra/<task>.csv left its temporary file
        AtomicFiles.removeLeftovers(root);
        AtomicFiles.removeLeftovers(root.resolve(SPECTRA));
        AppendOnlyCsv.create(root.resolve(CSV), SweepSummary.HEADER);
        StudyFolder folder = new StudyFolder(root, spec, study.tasks());
        Set<String> finished = folder.finished();
        for (StudyTask task : folder.tasks) {
            folder.states.put(task.id(), finished.contains(task.id()) ? State.DONE : State.PENDING);
        }
        folder.writeManifest();
        return folder;
    }

    public Path root() {
        return root;
    }

    /** The tasks in the study's order. */
    public List<StudyTask> tasks() {
        return tasks;
    }

    /** The folder of {@code task}'s sweep. */
    public Path sweepFolder(StudyTask task) {
        return root.resolve(SWEEPS).resolve(task.id());
    }

    /**
     * The folder of the spectra of {@code task}'s kept points ({@code spectra/<task>/}, one folder per point), whose
     * rows are gathered in {@code spectra/<task>.csv}.
     */
    public Path spectraFolder(StudyTask task) {
        return root.resolve(SPECTRA).resolve(task.id());
    }

    /** The folder of {@code path}: {@code paths/<name>/}, done once it holds path.json. */
    public Path pathFolder(StudyPath path) {
        return root.resolve(PATHS).resolve(path.name());
    }

    /** The ids of the tasks whose row study.csv holds. */
    public Set<String> finished() throws IOException {
        int columns = SweepSummary.HEADER.split(",").length;
        return new LinkedHashSet<>(AppendOnlyCsv.read(root.resolve(CSV), SweepSummary.HEADER, cells -> {
            if (cells.length != columns) {
                throw new IllegalArgumentException("expected " + columns + " cells, found " + cells.length);
            }
            return cells[0];
        }));
    }

    /** The state of every task, in the study's order. */
    public synchronized Map<String, State> states() {
        return Map.copyOf(states);
    }

    /** Marks {@code submitted} as handed to Spark, in study.json. */
    public synchronized void submitted(List<StudyTask> submitted) throws IOException {
        submitted.forEach(t -> states.put(t.id(), State.SUBMITTED));
        writeManifest();
    }

    /** Appends {@code summary}'s row to study.csv, then marks its task done in study.json. */
    public synchronized void finish(SweepSummary summary) throws IOException {
        AppendOnlyCsv.append(root.resolve(CSV), summary.csvRow());
        states.put(summary.task(), State.DONE);
        errors.remove(summary.task());
        writeManifest();
    }

    /** Marks {@code task} failed with {@code message}, in study.json; a rerun tries it again. */
    public synchronized void fail(StudyTask task, String message) throws IOException {
        states.put(task.id(), State.FAILED);
        errors.put(task.id(), message);
        writeManifest();
    }

    private void writeManifest() throws IOException {
        ObjectNode manifest = JSON.createObjectNode();
        manifest.put("format", "phasescope-study-folder");
        manifest.put("version", 1);
        manifest.set("spec", spec);
        ArrayNode list = manifest.putArray("tasks");
        for (StudyTask task : tasks) {
            ObjectNode t = list.addObject();
            t.put("id", task.id());
            t.put("folder", SWEEPS + "/" + task.id());
            t.put("seed", task.seed());
            task.fields().forEach(t::put);
            t.put("steps", task.sweep().totalSteps());
            t.put("state", states.get(task.id()).name().toLowerCase(java.util.Locale.ROOT));
            if (errors.containsKey(task.id())) {
                t.put("error", errors.get(task.id()));
            }
        }
        AtomicFiles.write(root.resolve(MANIFEST), out -> JSON.writeValue(out, manifest));
    }
}
