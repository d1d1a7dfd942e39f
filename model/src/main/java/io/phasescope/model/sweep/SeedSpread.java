package io.phasescope.model.sweep;

import io.phasescope.model.sweep.SweepMode.Branch;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One transition matched across seeds, with the mean and spread of its critical λ. Transitions are matched by where
 * they happen ({@link #MATCHING}), within one variant only ({@link Transition#variant}: several overlaid sweeps that
 * differ in more than their seed are never pooled): along each branch, all seeds' transitions in walking order fall into one group as
 * long as each lies within half the smallest gap between two transitions of one seed from the previous one and no
 * seed appears twice. The kind does not split a group: the same event can be a full jump on one seed and a partial
 * one on another.
 *
 * @param branch the branch walked
 * @param kind the kind of most members (full on a tie)
 * @param ordinal position of the group along the branch, from 1
 * @param members the matched transitions, one per seed, in ascending seed order (at least one), all of one variant
 * @param mean mean λ_c over the members (Phasescope's units)
 * @param spread sample standard deviation of λ_c over the members; 0 for a single member
 */
public record SeedSpread(
        Branch branch, TransitionKind kind, int ordinal, List<Transition> members, double mean, double spread) {

    /** How transitions are matched, in words for a view or a command's output. */
    public static final String MATCHING = "transitions matched across seeds by λ along each branch (one per seed,"
            + " neighbours closer than half the smallest gap between two transitions of one seed), full or partial;"
            + " ± is the sample standard deviation";

    public SeedSpread {
        members = List.copyOf(members);
        if (members.isEmpty() || ordinal < 1) {
            throw new IllegalArgumentException(
                    "a matched transition needs members and an ordinal ≥ 1, had " + members.size() + " and " + ordinal);
        }
    }

    /** The variant the members come from ({@link Transition#variant}); empty for none. */
    public String variant() {
        return members.get(0).variant();
    }

    /**
     * Matches the transitions of several seeds (for example several sweep folders overlaid, or one folder with
     * several seeds), in branch order, then walking order.
     */
    public static List<SeedSpread> match(List<Transition> transitions) {
        Map<Branch, Map<String, List<Transition>>> byWalk = new TreeMap<>();
        for (Transition t : transitions) {
            byWalk.computeIfAbsent(t.branch(), b -> new LinkedHashMap<>())
                    .computeIfAbsent(t.variant(), v -> new ArrayList<>())
                    .add(t);
        }
        List<SeedSpread> matched = new ArrayList<>();
        for (Map.Entry<Branch, Map<String, List<Transition>>> e : byWalk.entrySet()) {
            for (List<Transition> variant : e.getValue().values()) {
                matchVariant(e.getKey(), variant, matched);
            }
        }
        return matched;
    }

    /**
     * The transitions matched across seeds ({@link #match}) when some variant holds several seeds, else none: a
     * spread pools one variant's seeds, and variants of one seed each have nothing to pool.
     */
    public static List<SeedSpread> acrossSeeds(List<Transition> transitions) {
        boolean pooled = transitions.stream()
                .collect(Collectors.groupingBy(
                        Transition::variant, Collectors.mapping(Transition::seed, Collectors.toSet())))
                .values()
                .stream()
                .anyMatch(seeds -> seeds.size() > 1);
        return pooled ? match(transitions) : List.of();
    }

    /** Matches the transitions of one branch of one variant, adding the groups to {@code matched}. */
    private static void matchVariant(Branch branch, List<Transition> transitions, List<SeedSpread> matched) {
        Comparator<Transition> walking = Comparator.comparingDouble(Transition::lambdaC);
        List<Transition> run = new ArrayList<>(transitions);
        run.sort(branch == Branch.DOWN ? walking.reversed() : walking);
        double reach = smallestGapWithinASeed(run) / 2;
        int first = matched.size();
        List<Transition> group = new ArrayList<>();
        for (Transition t : run) {
            boolean apart = !group.isEmpty()
                    && (Math.abs(t.lambdaC() - group.get(group.size() - 1).lambdaC()) > reach
                            || group.stream().anyMatch(m -> m.seed() == t.seed()));
            if (apart) {
                matched.add(of(matched.size() - first + 1, group));
                group = new ArrayList<>();
            }
            group.add(t);
        }
        if (!group.isEmpty()) {
            matched.add(of(matched.size() - first + 1, group));
        }
    }

    /** The smallest distance in λ between two transitions of one seed; infinite when no seed has two. */
    private static double smallestGapWithinASeed(List<Transition> run) {
        Map<Long, Double> last = new TreeMap<>();
        double smallest = Double.POSITIVE_INFINITY;
        for (Transition t : run) {
            Double before = last.put(t.seed(), t.lambdaC());
            if (before != null) {
                smallest = Math.min(smallest, Math.abs(t.lambdaC() - before));
            }
        }
        return smallest;
    }

    private static SeedSpread of(int ordinal, List<Transition> group) {
        List<Transition> members = new ArrayList<>(group);
        members.sort(Comparator.comparingLong(Transition::seed));
        double mean =
                members.stream().mapToDouble(Transition::lambdaC).average().orElseThrow();
        double squares = members.stream()
                .mapToDouble(t -> (t.lambdaC() - mean) * (t.lambdaC() - mean))
                .sum();
        double spread = members.size() < 2 ? 0 : Math.sqrt(squares / (members.size() - 1));
        long partial =
                members.stream().filter(t -> t.kind() == TransitionKind.PARTIAL).count();
        TransitionKind kind = 2 * partial > members.size() ? TransitionKind.PARTIAL : TransitionKind.FULL;
        return new SeedSpread(members.get(0).branch(), kind, ordinal, members, mean, spread);
    }

    /**
     * For example {@code "up · 2 (full): λc = 0.0183 ± 0.0004 (3 seeds: 1, 2, 3)"}, or {@code "(full in 2 seeds,
     * partial in 1)"} when the kinds differ, without "± …" for a single seed; λ scaled by {@code factor}. A
     * variant's label follows the branch: {@code "up · lr 0.03 · 2 (full): …"}.
     */
    public String describe(String symbol, double factor) {
        List<String> seeds = members.stream().map(t -> Long.toString(t.seed())).toList();
        long partial =
                members.stream().filter(t -> t.kind() == TransitionKind.PARTIAL).count();
        long full = members.size() - partial;
        String kinds = partial == 0 || full == 0
                ? kind.id()
                : "full in " + full + (full == 1 ? " seed" : " seeds") + ", partial in " + partial;
        // one seed has no spread: "± 0.0" would read as a measured agreement
        String spreadText = members.size() == 1 ? "" : String.format(Locale.ROOT, " ± %.2g", factor * spread);
        return String.format(
                Locale.ROOT,
                "%s · %d (%s): %sc = %.4g%s (%d %s: %s)",
                variant().isEmpty() ? branch.id() : branch.id() + " · " + variant(),
                ordinal,
                kinds,
                symbol,
                factor * mean,
                spreadText,
                members.size(),
                members.size() == 1 ? "seed" : "seeds",
                String.join(", ", seeds));
    }
}
