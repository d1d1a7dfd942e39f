package io.phasescope.model.study;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tasks of a study that differ only in their seed: one variant of the study's varied fields.
 *
 * @param label the varied fields' values, for example {@code "activation=relu, learning_rate=0.001"}; when the study
 *     varies nothing but seeds, the fields of its tasks, for example {@code "patterns-cnn-lr0.01"}
 * @param varied the varied fields and their values in this variant (empty when only seeds vary)
 * @param entries the variant's tasks in the study's order (at least one)
 */
public record StudyVariant(String label, Map<String, String> varied, List<StudyEntry> entries) {

    public StudyVariant {
        if (label == null || label.isBlank() || varied == null || entries == null || entries.isEmpty()) {
            throw new IllegalArgumentException("a variant needs a label, its varied fields and tasks, was " + label
                    + ", " + varied + ", " + entries);
        }
        varied = Collections.unmodifiableMap(new LinkedHashMap<>(varied));
        entries = List.copyOf(entries);
    }

    /** The finished tasks. */
    public List<StudyEntry> done() {
        return entries.stream().filter(StudyEntry::done).toList();
    }
}
