package io.phasescope.model.study;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.phasescope.model.sweep.SweepFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A study folder's {@code study.json} read back, read-only (the driver may be writing the folder): the study's name,
 * its tasks with their states, the fields its tasks vary and the variants they form. study.json is rewritten
 * atomically, so a read sees one whole version.
 *
 * @param root the study folder
 * @param name the study's name
 * @param entries the tasks in the study's order
 */
public record StudyManifest(Path root, String name, List<StudyEntry> entries) {

    /** The fields a task has, in the order study.csv writes them ({@link StudyTask#fields()}). */
    public static final List<String> FIELDS = List.of("dataset", "activation", "hidden", "learning_rate");

    private static final ObjectMapper JSON = new ObjectMapper();

    public StudyManifest {
        entries = List.copyOf(entries);
    }

    /**
     * Reads the study in {@code root}.
     *
     * @throws IllegalArgumentException when {@code root} is not a study folder, saying why
     * @throws SweepFormatException when its study.json cannot be read
     */
    public static StudyManifest read(Path root) throws IOException {
        if (root == null || !Files.isDirectory(root)) {
            throw new IllegalArgumentException(root + " is not a folder");
        }
        Path file = root.resolve(StudyFolder.MANIFEST);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(root + " is not a study folder: it has no " + StudyFolder.MANIFEST
                    + " (phasescope study --spec STUDY.json --out " + root + " makes one)");
        }
        JsonNode tree;
        try {
            tree = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new SweepFormatException(file + " is not a study manifest: " + e.getMessage(), e);
        }
        if (!"phasescope-study-folder".equals(tree.path("format").asText())) {
            throw new IllegalArgumentException(root + " is not a study folder: " + file + " has format '"
                    + tree.path("format").asText() + "', not 'phasescope-study-folder'");
        }
        List<StudyEntry> entries = new ArrayList<>();
        for (JsonNode task : tree.path("tasks")) {
            entries.add(entry(root, file, task));
        }
        return new StudyManifest(root, tree.path("spec").path("name").asText("study"), entries);
    }

    private static StudyEntry entry(Path root, Path file, JsonNode task) {
        try {
            Map<String, String> fields = new LinkedHashMap<>();
            for (String field : FIELDS) {
                fields.put(field, task.path(field).asText());
            }
            String state = task.path("state").asText();
            return new StudyEntry(
                    task.path("id").asText(),
                    root.resolve(task.path("folder").asText()),
                    task.path("seed").asLong(),
                    fields,
                    StudyFolder.State.valueOf(state.toUpperCase(Locale.ROOT)),
                    task.path("error").asText(""));
        } catch (IllegalArgumentException e) {
            throw new SweepFormatException(file + ": bad task " + task + ": " + e.getMessage(), e);
        }
    }

    /** The fields whose values differ between the tasks, in {@link #FIELDS} order (empty when only seeds vary). */
    public List<String> variedFields() {
        return FIELDS.stream()
                .filter(f ->
                        entries.stream().map(e -> e.fields().get(f)).distinct().count() > 1)
                .toList();
    }

    /** The tasks grouped by the values of {@link #variedFields()}, in the order of each group's first task. */
    public List<StudyVariant> variants() {
        List<String> varied = variedFields();
        Map<Map<String, String>, List<StudyEntry>> groups = new LinkedHashMap<>();
        for (StudyEntry entry : entries) {
            Map<String, String> key = new LinkedHashMap<>();
            varied.forEach(f -> key.put(f, entry.fields().get(f)));
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(entry);
        }
        List<StudyVariant> variants = new ArrayList<>();
        groups.forEach((key, group) -> variants.add(new StudyVariant(label(key, group.get(0)), key, group)));
        return variants;
    }

    /** How many tasks are in each state, for example "3 of 4 done, 1 submitted". */
    public String progress() {
        Map<StudyFolder.State, Long> counts = entries.stream()
                .collect(Collectors.groupingBy(StudyEntry::state, LinkedHashMap::new, Collectors.counting()));
        Set<String> parts = new LinkedHashSet<>();
        parts.add(counts.getOrDefault(StudyFolder.State.DONE, 0L) + " of " + entries.size() + " done");
        for (StudyFolder.State state : StudyFolder.State.values()) {
            if (state != StudyFolder.State.DONE && counts.containsKey(state)) {
                parts.add(counts.get(state) + " " + state.name().toLowerCase(Locale.ROOT));
            }
        }
        return String.join(", ", parts);
    }

    /** Whether every task is done. */
    public boolean complete() {
        return entries.stream().allMatch(StudyEntry::done);
    }

    private static String label(Map<String, String> varied, StudyEntry first) {
        if (!varied.isEmpty()) {
            return varied.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining(", "));
        }
        Map<String, String> f = first.fields();
        String network = f.get("activation").equals("cnn") ? "cnn" : f.get("activation") + "-" + f.get("hidden");
        return f.get("dataset") + "-" + network + "-lr" + f.get("learning_rate");
    }
}
