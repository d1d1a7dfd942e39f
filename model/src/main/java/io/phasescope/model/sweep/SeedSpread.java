package io.phasescope.model.sweep;

import io.phasescope.model.sweep.SweepMode.Branch;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One transition matched across seeds, with the mean and spread of its critical λ. Transitions are matched by
 * order along the branch and kind ({@link #MATCHING}): the i-th full transition of each seed's up branch is one
 * transition, the i-th partial one another, and so on; a seed with fewer transitions of a kind leaves the later
 * ones with fewer members.
 *
 * @param branch the branch walked
 * @param kind full or partial
 * @param ordinal position along the branch among the transitions of its kind, from 1
 * @param members the matched transitions, one per seed, in ascending seed order (at least one)
 * @param mean mean λ_c over the members (Phasescope's units)
 * @param spread sample standard deviation of λ_c over the members; 0 for a single member
 */
public record SeedSpread(
        Branch branch, TransitionKind kind, int ordinal, List<Transition> members, double mean, double spread) {

    /** How transitions are matched, in words for a view or a command's output. */
    public static final String MATCHING = "transitions matched across seeds by order along the branch and kind"
            + " (the i-th full, or partial, transition of each seed's branch); ± is the sample standard deviation";

    public SeedSpread {
        members = List.copyOf(members);
        if (members.isEmpty() || ordinal < 1) {
            throw new IllegalArgumentException(
                    "a matched transition needs members and an ordinal ≥ 1, had " + members.size() + " and " + ordinal);
        }
    }

    /**
     * Matches the transitions of several seeds (for example several sweep folders overlaid, or one folder with
     * several seeds), in branch order, then kind, then ordinal.
     */
    public static List<SeedSpread> match(List<Transition> transitions) {
        Map<String, Map<Long, List<Transition>>> runs = new TreeMap<>();
        for (Transition t : transitions) {
            String key = t.branch().ordinal() + "-" + t.kind().ordinal();
            runs.computeIfAbsent(key, k -> new TreeMap<>())
                    .computeIfAbsent(t.seed(), s -> new ArrayList<>())
                    .add(t);
        }
        List<SeedSpread> matched = new ArrayList<>();
        for (Map<Long, List<Transition>> bySeed : runs.values()) {
            int longest = 0;
            for (List<Transition> run : bySeed.values()) {
                Transition first = run.get(0);
                Comparator<Transition> walking = Comparator.comparingDouble(Transition::lambdaC);
                run.sort(first.branch() == Branch.DOWN ? walking.reversed() : walking);
                longest = Math.max(longest, run.size());
            }
            for (int i = 0; i < longest; i++) {
                List<Transition> members = new ArrayList<>();
                for (List<Transition> run : bySeed.values()) {
                    if (i < run.size()) {
                        members.add(run.get(i));
                    }
                }
                matched.add(of(i + 1, members));
            }
        }
        return matched;
    }

    private static SeedSpread of(int ordinal, List<Transition> members) {
        double mean =
                members.stream().mapToDouble(Transition::lambdaC).average().orElseThrow();
        double squares = members.stream()
                .mapToDouble(t -> (t.lambdaC() - mean) * (t.lambdaC() - mean))
                .sum();
        double spread = members.size() < 2 ? 0 : Math.sqrt(squares / (members.size() - 1));
        Transition first = members.get(0);
        return new SeedSpread(first.branch(), first.kind(), ordinal, members, mean, spread);
    }

    /** For example {@code "up · full 1: λc = 0.0183 ± 0.0004 (3 seeds: 1, 2, 3)"}, λ scaled by {@code factor}. */
    public String describe(String symbol, double factor) {
        List<String> seeds = members.stream().map(t -> Long.toString(t.seed())).toList();
        return String.format(
                Locale.ROOT,
                "%s · %s %d: %sc = %.4g ± %.2g (%d %s: %s)",
                branch.id(),
                kind.id(),
                ordinal,
                symbol,
                factor * mean,
                factor * spread,
                members.size(),
                members.size() == 1 ? "seed" : "seeds",
                String.join(", ", seeds));
    }
}
