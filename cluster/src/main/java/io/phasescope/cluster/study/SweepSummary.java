package io.phasescope.cluster.study;

import io.phasescope.model.sweep.SweepAnalysis;
import io.phasescope.model.sweep.SweepFolder;
import io.phasescope.model.sweep.Transition;
import io.phasescope.model.sweep.TransitionKind;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One finished sweep of a study, as a row of {@code study.csv}: the task's fields, its seed, its transitions (by the
 * detector {@code phasescope transitions} uses, at the default hold threshold) and its wall time.
 *
 * @param task the task id
 * @param fields dataset, activation, hidden and learning_rate ({@link StudyTask#fields()})
 * @param seed the seed
 * @param full the number of full transitions
 * @param partial the number of partial transitions
 * @param transitions "λ_c:classes lost" of each transition in walking order, classes space-separated
 * @param wallSeconds the task's wall time in this run, in seconds (0 when it was already complete)
 */
public record SweepSummary(
        String task,
        Map<String, String> fields,
        long seed,
        int full,
        int partial,
        List<String> transitions,
        double wallSeconds)
        implements Serializable {

    /** The header of study.csv. */
    public static final String HEADER =
            "task,dataset,activation,hidden,learning_rate,seed,full,partial,lambda_c,classes_lost,wall_seconds";

    public SweepSummary {
        fields = Map.copyOf(fields);
        transitions = List.copyOf(transitions);
    }

    /** The summary of {@code task}'s finished sweep in {@code folder}. */
    public static SweepSummary of(StudyTask task, SweepFolder folder, double wallSeconds) throws IOException {
        List<Transition> found = SweepAnalysis.of(folder.points(), SweepAnalysis.DEFAULT_HOLD_THRESHOLD)
                .transitions();
        return new SweepSummary(
                task.id(),
                task.fields(),
                task.seed(),
                (int) found.stream()
                        .filter(t -> t.kind() == TransitionKind.FULL)
                        .count(),
                (int) found.stream()
                        .filter(t -> t.kind() == TransitionKind.PARTIAL)
                        .count(),
                found.stream()
                        .map(t -> String.format(Locale.ROOT, "%.6g", t.lambdaC()) + ":"
                                + t.classesLost().stream().map(String::valueOf).collect(Collectors.joining(" ")))
                        .toList(),
                wallSeconds);
    }

    /** The row of study.csv: λ_c and the classes lost are ';'-separated lists, one entry per transition. */
    public String csvRow() {
        return String.join(
                ",",
                task,
                fields.get("dataset"),
                fields.get("activation"),
                fields.get("hidden"),
                fields.get("learning_rate"),
                String.valueOf(seed),
                String.valueOf(full),
                String.valueOf(partial),
                transitions.stream().map(t -> t.substring(0, t.indexOf(':'))).collect(Collectors.joining(";")),
                transitions.stream()
                        .map(t -> "{" + t.substring(t.indexOf(':') + 1) + "}")
                        .collect(Collectors.joining(";")),
                String.format(Locale.ROOT, "%.1f", wallSeconds));
    }
}
