package io.phasescope.app.phase;

import io.phasescope.model.sweep.Phase;
import io.phasescope.model.sweep.SweepGrid;
import io.phasescope.model.sweep.SweepSpec;
import io.phasescope.model.sweep.Transition;
import io.phasescope.model.sweep.TransitionKind;
import io.phasescope.model.sweep.Walk;
import io.phasescope.render.phase.LambdaUnit;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Text for the Phase-diagram view: λ values, sweep summaries, transitions and phases. */
public final class PhaseFormat {

    private PhaseFormat() {}

    /** A λ (or β) with up to four significant digits: {@code 0}, {@code 0.012}, {@code 3.5e-5}. */
    public static String number(double value) {
        if (value == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros();
        if (Math.abs(value) >= 1e-4 && Math.abs(value) < 1e5) {
            return rounded.toPlainString();
        }
        int exponent = rounded.precision() - rounded.scale() - 1;
        return rounded.movePointLeft(exponent).toPlainString() + "e" + exponent;
    }

    /** {@code "λ = 0.012 (β = 0.024)"}, the unit on screen first. */
    public static String lambda(double lambda, LambdaUnit unit) {
        return unit == LambdaUnit.BETA
                ? "β = " + number(2 * lambda) + " (λ = " + number(lambda) + ")"
                : "λ = " + number(lambda) + " (β = " + number(2 * lambda) + ")";
    }

    /** {@code "λ = 0.012"} or {@code "β = 0.024"}, in the unit on screen. */
    public static String shortLambda(double lambda, LambdaUnit unit) {
        return unit.symbol() + " = " + number(unit.of(lambda));
    }

    /** What a sweep trains: network, data, grid, epochs and the number of steps. */
    public static String summary(SweepSpec spec) {
        SweepGrid grid = spec.grid();
        int points = grid.values().length;
        String spacing = grid.isLog()
                ? points + " values spaced in log λ"
                : "step " + number(grid.step()) + ", " + points + " values";
        return spec.network().describe() + " · " + spec.data().describe() + " · λ from " + number(grid.start())
                + " to " + number(grid.stop()) + " (" + spacing + "; β = 2λ) · ≤ "
                + spec.options().maxEpochs()
                + " epochs per step, patience " + spec.options().patience() + " · " + spec.totalSteps() + " steps";
    }

    /**
     * One line per transition, for example {@code "up · seed 1: λc ≈ 0.0124 · 88 % → 71 % · lost 5, 8"}; a partial
     * transition says so: {@code "up · seed 1 · partial: λc ≈ 0.0123 · …"}; a walk of an overlaid variant names it:
     * {@code "up · lr 0.03 · seed 1: …"}.
     */
    public static String transition(Transition t, LambdaUnit unit, List<String> classNames) {
        return String.format(
                Locale.ROOT,
                "%s · %s%s: %sc ≈ %s · accuracy %.0f %% → %.0f %% · %s",
                t.branch().id(),
                Walk.of(t).name(),
                t.kind() == TransitionKind.PARTIAL ? " · partial" : "",
                unit.symbol(),
                number(unit.of(t.lambdaC())),
                100 * t.accBefore(),
                100 * t.accAfter(),
                t.classesLost().isEmpty() ? "no class lost" : "lost " + names(t.classesLost(), classNames));
    }

    /**
     * One line per phase, for example {@code "up · seed 1: λ 0.03 – 0.035 · phase holds 0, 1, 3, 7 (4, 7 hop) ·
     * accuracy 45 %"}.
     */
    public static String phase(Phase p, LambdaUnit unit, List<String> classNames) {
        double from = Math.min(p.lambdaFrom(), p.lambdaTo());
        double to = Math.max(p.lambdaFrom(), p.lambdaTo());
        String held = phaseHolds(p, classNames);
        return String.format(
                Locale.ROOT,
                "%s · %s: %s %s – %s · %s · accuracy %.0f %%",
                p.branch().id(),
                Walk.of(p).name(),
                unit.symbol(),
                number(unit.of(from)),
                number(unit.of(to)),
                held,
                100 * p.meanAccuracy());
    }

    /**
     * What a phase holds by the stated rule ({@link io.phasescope.model.sweep.HeldClasses}), with the classes that
     * hop inside it: {@code "phase holds 0, 1, 3, 7 (4, 7 hop)"}, or {@code "trivial phase"}.
     */
    public static String phaseHolds(Phase p, List<String> classNames) {
        if (p.isTrivial()) {
            return "trivial phase";
        }
        String held = "phase holds " + classSet(p.classesHeld(), classNames);
        return p.classesHopping().isEmpty() ? held : held + " (" + names(p.classesHopping(), classNames) + " hop)";
    }

    /**
     * A set of classes in few words: {@code "none"}, {@code "all 10"}, {@code "all but 5, 8"} when at most three
     * are missing, else the names.
     */
    public static String classSet(List<Integer> classes, List<String> classNames) {
        int all = classNames.size();
        if (classes.isEmpty()) {
            return "none";
        }
        if (classes.size() == all) {
            return "all " + all;
        }
        if (all - classes.size() <= 3 && all > 4) {
            List<Integer> missing = new java.util.ArrayList<>();
            for (int c = 0; c < all; c++) {
                if (!classes.contains(c)) {
                    missing.add(c);
                }
            }
            return "all but " + names(missing, classNames);
        }
        return names(classes, classNames);
    }

    /** Class names of {@code classes}, comma-separated. */
    public static String names(List<Integer> classes, List<String> classNames) {
        return classes.stream()
                .map(c -> c < classNames.size() ? classNames.get(c) : Integer.toString(c))
                .collect(Collectors.joining(", "));
    }
}
