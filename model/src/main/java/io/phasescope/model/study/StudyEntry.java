package io.phasescope.model.study;

import java.nio.file.Path;
import java.util.Map;

/**
 * One task of a study as {@code study.json} lists it, read back by {@link StudyManifest}.
 *
 * @param id the task id (its folder's name)
 * @param folder the task's sweep folder (it exists once the task has started)
 * @param seed the task's seed
 * @param fields dataset, activation, hidden and learning_rate, as {@link StudyTask#fields()} writes them
 * @param state the task's state when study.json was read
 * @param error why the task failed, as study.json records it; empty unless it failed
 */
public record StudyEntry(
        String id, Path folder, long seed, Map<String, String> fields, StudyFolder.State state, String error) {

    public StudyEntry {
        if (id == null || id.isBlank() || folder == null || fields == null || state == null || error == null) {
            throw new IllegalArgumentException("a study entry needs an id, a folder, fields, a state and an error"
                    + " (empty), was " + id + ", " + folder + ", " + fields + ", " + state + ", " + error);
        }
        fields = Map.copyOf(fields);
    }

    /** Whether the task's sweep is finished (its row is in study.csv). */
    public boolean done() {
        return state == StudyFolder.State.DONE;
    }
}
