package io.phasescope.model.study;

import io.phasescope.model.sweep.Transition;
import io.phasescope.model.sweep.TransitionKind;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * One finished sweep of a study, as a row of {@code study.csv}: the task's fields, its seed, its transitions (by the
 * detector {@code phasescope transitions} uses, at the default hold threshold) and its wall time.
 *
 * @param task the task id
 * @param fields dataset, activation, hidden and learning_rate ({@link StudyTask#fields()})
 * @param seed the seed
 * @param full the number of full transitions
 * @param partial the number of partial transitions
 * @param lambdaC each transition's critical λ, in walking order
 * @param classesLost the classes lost at each transition, in the same order
 * @param wallSeconds the task's wall time in this run, in seconds (0 when it was already complete)
 */
public record SweepSummary(
        String task,
        Map<String, String> fields,
        long seed,
        int full,
        int partial,
        List<Double> lambdaC,
        List<List<Integer>> classesLost,
        double wallSeconds)
        implements Serializable {

    /** The header of study.csv. */
    public static final String HEADER =
            "task,dataset,activation,hidden,learning_rate,seed,full,partial,lambda_c,classes_lost,wall_seconds";

    public SweepSummary {
        fields = Map.copyOf(fields);
        lambdaC = List.copyOf(lambdaC);
        classesLost = classesLost.stream().map(List::copyOf).toList();
        if (lambdaC.size() != classesLost.size() || full + partial != lambdaC.size()) {
            throw new IllegalArgumentException("one λ_c and one set of classes lost per transition: " + full + " + "
                    + partial + " transitions, " + lambdaC.size() + " λ_c, " + classesLost.size() + " sets");
        }
    }

    /** The summary of {@code task}'s sweep, whose transitions are {@code found}. */
    public static SweepSummary of(StudyTask task, List<Transition> found, double wallSeconds) {
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
                found.stream().map(Transition::lambdaC).toList(),
                found.stream().map(Transition::classesLost).toList(),
                wallSeconds);
    }

    /** "λ_c{classes lost}" of each transition, space-separated, for a progress line; "-" for none. */
    public String describeTransitions() {
        if (lambdaC.isEmpty()) {
            return "-";
        }
        return IntStream.range(0, lambdaC.size())
                .mapToObj(i -> lambdaText(lambdaC.get(i)) + classesText(classesLost.get(i)))
                .collect(Collectors.joining(" "));
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
                lambdaC.stream().map(SweepSummary::lambdaText).collect(Collectors.joining(";")),
                classesLost.stream().map(SweepSummary::classesText).collect(Collectors.joining(";")),
                String.format(Locale.ROOT, "%.1f", wallSeconds));
    }

    private static String lambdaText(double lambda) {
        return String.format(Locale.ROOT, "%.6g", lambda);
    }

    private static String classesText(List<Integer> classes) {
        return classes.stream().map(String::valueOf).collect(Collectors.joining(" ", "{", "}"));
    }
}
