package io.phasescope.model.study;

import io.phasescope.model.net.NetworkSpec;
import io.phasescope.model.sweep.SweepSpec;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One task of a study: one sweep of one seed (a warm-started walk is sequential, so it is never split), run into
 * {@code sweeps/<id>/}.
 *
 * @param id the folder name, unique in the study: a three-digit index and the task's fields
 * @param sweep the sweep, with exactly one seed
 */
public record StudyTask(String id, SweepSpec sweep) {

    public StudyTask {
        if (id == null || !id.matches("[A-Za-z0-9._-]{1,120}")) {
            throw new IllegalArgumentException("task id must be 1 to 120 letters, digits, '.', '_' or '-', was " + id);
        }
        if (sweep == null || sweep.seeds().size() != 1) {
            throw new IllegalArgumentException("a task runs one seed, was " + (sweep == null ? null : sweep.seeds()));
        }
    }

    /** The seed. */
    public long seed() {
        return sweep.seeds().get(0);
    }

    /** The fields a study may vary, as study.csv writes them: dataset, activation, hidden, learning_rate. */
    public Map<String, String> fields() {
        return fieldsOf(sweep);
    }

    /** {@link #fields()} of {@code sweep}: a CNN's activation and widths are "cnn". */
    static Map<String, String> fieldsOf(SweepSpec sweep) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("dataset", sweep.data().kind().id());
        if (sweep.network() instanceof NetworkSpec mlp) {
            fields.put("activation", mlp.activation().id());
            fields.put(
                    "hidden", mlp.hiddenWidths().stream().map(String::valueOf).collect(Collectors.joining("x")));
        } else {
            fields.put("activation", "cnn");
            fields.put("hidden", "cnn");
        }
        fields.put("learning_rate", String.valueOf(sweep.options().learningRate()));
        return fields;
    }
}
