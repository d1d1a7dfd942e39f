package io.phasescope.app.cli;

import io.phasescope.model.data.DatasetSplit;
import io.phasescope.model.io.FolderLock;
import io.phasescope.model.sweep.HeldClasses;
import io.phasescope.model.sweep.Phase;
import io.phasescope.model.sweep.SweepAnalysis;
import io.phasescope.model.sweep.SweepFolder;
import io.phasescope.model.sweep.SweepFormatException;
import io.phasescope.model.sweep.Transition;
import io.phasescope.model.sweep.TransitionRefiner;
import io.phasescope.model.sweep.TransitionsCsv;
import io.phasescope.model.train.JobControl;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code phasescope transitions DIR}: the transitions and phases of a sweep, also written to transitions.csv. */
@Command(
        name = "transitions",
        mixinStandardHelpOptions = true,
        description = "Detect transitions and phases in a sweep folder; print them and write transitions.csv.")
final class TransitionsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "A sweep folder.")
    Path folder;

    @Option(
            names = "--hold",
            defaultValue = "0.5",
            description = "Per-class accuracy at which a phase holds a class. Default: ${DEFAULT-VALUE}.")
    double hold;

    @Option(names = "--refine", description = "Refine each λ_c by bisection (trains probes from the pre-jump model).")
    boolean refine;

    @Option(
            names = "--tolerance",
            defaultValue = "1e-3",
            description = "Relative width of the refined bracket. Default: ${DEFAULT-VALUE}.")
    double tolerance;

    @Override
    public Integer call() throws Exception {
        if (!(hold > 0 && hold <= 1)) {
            throw new ParameterException(spec.commandLine(), "--hold must be in (0, 1], was " + hold);
        }
        if (!(tolerance > 0 && tolerance < 1)) {
            throw new ParameterException(spec.commandLine(), "--tolerance must be in (0, 1), was " + tolerance);
        }
        PrintWriter out = spec.commandLine().getOut();
        SweepFolder sweep = SweepFolder.open(folder);
        SweepAnalysis analysis = SweepAnalysis.of(sweep.points(), hold);
        List<Transition> transitions = analysis.transitions();
        try (FolderLock lock = FolderLock.acquire(folder)) {
            if (refine && !transitions.isEmpty()) {
                out.printf(
                        "Refining %d transitions by bisection to %.1g relative ...%n", transitions.size(), tolerance);
                out.flush();
                DatasetSplit data = sweep.spec().data().load(message -> {});
                transitions = TransitionRefiner.refine(sweep, data, transitions, tolerance, JobControl.none());
            } else {
                transitions = withStoredRefinements(sweep, transitions);
            }
            report(sweep, out, analysis, transitions);
        }
        return 0;
    }

    /** Reports and writes the transitions of a sweep this process has just walked (sweep, demo). */
    static void report(SweepFolder folder, PrintWriter out) throws IOException {
        SweepAnalysis analysis = SweepAnalysis.of(folder.points(), SweepAnalysis.DEFAULT_HOLD_THRESHOLD);
        report(folder, out, analysis, withStoredRefinements(folder, analysis.transitions()));
    }

    /**
     * The detected transitions with the refined brackets that transitions.csv already holds for them (written by an
     * earlier {@code --refine}), so that detecting again never throws a bisection's work away.
     */
    private static List<Transition> withStoredRefinements(SweepFolder folder, List<Transition> detected)
            throws IOException {
        Path file = folder.root().resolve(SweepFolder.TRANSITIONS);
        if (!Files.exists(file)) {
            return detected;
        }
        try {
            return TransitionsCsv.read(file, detected);
        } catch (SweepFormatException e) {
            // an unreadable file holds nothing to keep: it is replaced by the detected transitions
            return detected;
        }
    }

    private static void report(
            SweepFolder folder, PrintWriter out, SweepAnalysis analysis, List<Transition> transitions)
            throws IOException {
        double hold = analysis.holdThreshold();
        TransitionsCsv.write(folder.root().resolve(SweepFolder.TRANSITIONS), transitions);
        out.println("Transitions (λ; weight decay β = 2λ):");
        out.printf(
                "%-6s %4s %-7s %12s %12s %12s %9s %9s %7s %7s  %s%n",
                "branch",
                "seed",
                "kind",
                "lambda_c",
                "lambda_lo",
                "lambda_hi",
                "|θ| before",
                "|θ| after",
                "acc bef",
                "acc aft",
                "classes lost");
        for (Transition t : transitions) {
            out.printf(
                    "%-6s %4d %-7s %12.6g %12.6g %12.6g %9.3f %9.3f %7.4f %7.4f  %s%n",
                    t.branch().id(),
                    t.seed(),
                    t.kind().id(),
                    t.lambdaC(),
                    t.bracketLow(),
                    t.bracketHigh(),
                    t.normBefore(),
                    t.normAfter(),
                    t.accBefore(),
                    t.accAfter(),
                    t.classesLost().isEmpty() ? "-" : t.classesLost());
        }
        out.println("Phases (" + HeldClasses.rule(hold) + "):");
        out.printf(
                "%-6s %4s %12s %12s %6s %8s %9s %17s  %s  %s%n",
                "branch",
                "seed",
                "lambda from",
                "lambda to",
                "points",
                "mean acc",
                "E_test",
                "|θ| range",
                "phase holds",
                "hop");
        for (Phase p : analysis.phases()) {
            out.printf(
                    "%-6s %4d %12.6g %12.6g %6d %8.4f %9.4f %8.3f-%-8.3f  %s  %s%s%n",
                    p.branch().id(),
                    p.seed(),
                    p.lambdaFrom(),
                    p.lambdaTo(),
                    p.points(),
                    p.meanAccuracy(),
                    p.meanTestLoss(),
                    p.normMin(),
                    p.normMax(),
                    p.classesHeld().stream().map(String::valueOf).collect(Collectors.joining(" ", "{", "}")),
                    p.classesHopping().isEmpty()
                            ? "-"
                            : p.classesHopping().stream()
                                    .map(String::valueOf)
                                    .collect(Collectors.joining(" ", "{", "}")),
                    p.isTrivial() ? "  trivial" : "");
        }
        out.println("Wrote " + folder.root().resolve(SweepFolder.TRANSITIONS));
        out.flush();
    }
}
