package io.phasescope.model.study;

import io.phasescope.model.net.Activation;
import io.phasescope.model.net.NetworkSpec;
import io.phasescope.model.sweep.SweepMode.Branch;
import io.phasescope.model.sweep.SweepSpec;
import io.phasescope.model.sweep.SweepVariation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A study: a base sweep varied over the product of {@link StudyVary}'s fields, and/or an explicit list of sweeps.
 * Every sweep is split into one task per seed ({@link #tasks()}). The spec is checked whole when it is made, so a
 * bad one is refused before anything starts, naming the field.
 *
 * @param name a label: 1 to 64 letters, digits, '.', '_' or '-'
 * @param base the sweep to vary, or null when only {@code sweeps} are given
 * @param vary the product over the base (varies nothing without a base)
 * @param sweeps further sweeps, run as they are (each seed a task)
 * @param refineTolerance when not null, each sweep's transitions are refined by bisection, one Spark task per
 *     transition, until the bracket is narrower than this fraction of λ_c, in (0, 1)
 * @param spectra when not null, the Hessian spectra at each sweep's kept points, one Spark task per point (MLP
 *     sweeps only)
 * @param paths paths between minima of two tasks each, one Spark task per path, with distinct names
 */
public record StudySpec(
        String name,
        SweepSpec base,
        StudyVary vary,
        List<SweepSpec> sweeps,
        Double refineTolerance,
        StudySpectra spectra,
        List<StudyPath> paths) {

    /** The most tasks a study may hold. */
    public static final int MAX_TASKS = 10_000;

    public StudySpec {
        if (name == null || !name.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new IllegalArgumentException("name: 1 to 64 letters, digits, '.', '_' or '-', was " + name);
        }
        vary = vary == null ? StudyVary.none() : vary;
        sweeps = sweeps == null ? List.of() : List.copyOf(sweeps);
        if (base == null && sweeps.isEmpty()) {
            throw new IllegalArgumentException("base: a study needs a base sweep or a non-empty list of sweeps");
        }
        if (base == null && vary.varies()) {
            throw new IllegalArgumentException("vary: varies a base sweep, and there is none");
        }
        if (base != null && base.options().thetaRef() != null) {
            throw new IllegalArgumentException("base: a θ_ref file is not supported in a study");
        }
        for (int i = 0; i < sweeps.size(); i++) {
            if (sweeps.get(i).options().thetaRef() != null) {
                throw new IllegalArgumentException("sweeps[" + i + "]: a θ_ref file is not supported in a study");
            }
        }
        if (refineTolerance != null && !(refineTolerance > 0 && refineTolerance < 1)) {
            throw new IllegalArgumentException("refine.tolerance: must be in (0, 1), was " + refineTolerance);
        }
        paths = paths == null ? List.of() : List.copyOf(paths);
        List<StudyTask> tasks = expand(base, vary, sweeps);
        for (StudyPath path : paths) {
            checkPath(path, tasks);
        }
        if (spectra != null) {
            for (StudyTask task : tasks) {
                if (!(task.sweep().network() instanceof NetworkSpec)) {
                    throw new IllegalArgumentException(
                            "spectra: Hessian spectra need MLP sweeps; task " + task.id() + " is a CNN");
                }
            }
        }
    }

    /** A study without spectra. */
    public StudySpec(String name, SweepSpec base, StudyVary vary, List<SweepSpec> sweeps, Double refineTolerance) {
        this(name, base, vary, sweeps, refineTolerance, null, List.of());
    }

    /** The index of the grid point of {@code sweep} at {@code lambda} (to 1e-9 relative), or −1. */
    public static int gridIndex(SweepSpec sweep, double lambda) {
        double[] values = sweep.grid().values();
        for (int i = 0; i < values.length; i++) {
            if (Math.abs(values[i] - lambda) <= 1e-9 * Math.max(1, Math.abs(lambda))) {
                return i;
            }
        }
        return -1;
    }

    private static void checkPath(StudyPath path, List<StudyTask> tasks) {
        String field = "paths." + path.name();
        SweepSpec[] ends = new SweepSpec[2];
        String[] ids = {path.a(), path.b()};
        for (int k = 0; k < 2; k++) {
            String id = ids[k];
            String which = k == 0 ? "a" : "b";
            ends[k] = tasks.stream()
                    .filter(t -> t.id().equals(id))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(
                            field + "." + which + ": no task " + id + " (study --dry-run lists them)"))
                    .sweep();
            if (gridIndex(ends[k], path.lambda()) < 0
                    || !ends[k].mode().branches().contains(Branch.UP)) {
                throw new IllegalArgumentException(
                        field + ".lambda: " + path.lambda() + " is not a point of the up" + " walk of " + id);
            }
        }
        if (path.kind().equals("pathfinder") && !(ends[0].network() instanceof NetworkSpec)) {
            throw new IllegalArgumentException(
                    field + ".kind: a Pathfinder path needs MLP sweeps; " + path.a() + " is a CNN");
        }
        if (!ends[0].network().withInitSeed(0).equals(ends[1].network().withInitSeed(0))
                || ends[0].data().kind() != ends[1].data().kind()) {
            throw new IllegalArgumentException(
                    field + ".b: " + path.b() + " has another network or data set than " + path.a());
        }
    }

    /** The tasks in a fixed order: the base's product (dataset, activation, widths, learning rate, seed), then the sweeps. */
    public List<StudyTask> tasks() {
        return expand(base, vary, sweeps);
    }

    private static List<StudyTask> expand(SweepSpec base, StudyVary vary, List<SweepSpec> sweeps) {
        List<StudyTask> tasks = new ArrayList<>();
        if (base != null) {
            for (SweepSpec variant : variants(base, vary)) {
                List<Long> seeds = vary.seeds().isEmpty() ? variant.seeds() : vary.seeds();
                for (long seed : seeds) {
                    add(tasks, variant.withSeeds(List.of(seed)));
                }
            }
        }
        for (SweepSpec sweep : sweeps) {
            for (long seed : sweep.seeds()) {
                add(tasks, sweep.withSeeds(List.of(seed)));
            }
        }
        return tasks;
    }

    private static List<SweepSpec> variants(SweepSpec base, StudyVary vary) {
        List<SweepSpec> variants = new ArrayList<>();
        for (var dataset : orNull(vary.datasets())) {
            for (Activation activation : orNull(vary.activations())) {
                for (List<Integer> hidden : orNull(vary.hiddenWidths())) {
                    for (Double lr : orNull(vary.learningRates())) {
                        SweepSpec v;
                        try {
                            v = SweepVariation.of(base, dataset, hidden, activation);
                        } catch (IllegalArgumentException e) {
                            throw new IllegalArgumentException("vary." + e.getMessage(), e);
                        }
                        variants.add(lr == null ? v : v.withOptions(v.options().withLearningRate(lr)));
                    }
                }
            }
        }
        return variants;
    }

    private static void add(List<StudyTask> tasks, SweepSpec sweep) {
        if (tasks.size() == MAX_TASKS) {
            throw new IllegalArgumentException("vary: the study has more than " + MAX_TASKS + " tasks");
        }
        Map<String, String> fields = StudyTask.fieldsOf(sweep);
        String network =
                fields.get("activation").equals("cnn") ? "cnn" : fields.get("activation") + "-" + fields.get("hidden");
        tasks.add(new StudyTask(
                String.format(
                        "%03d-%s-%s-lr%s-s%d",
                        tasks.size(),
                        fields.get("dataset"),
                        network,
                        fields.get("learning_rate"),
                        sweep.seeds().get(0)),
                sweep));
    }

    private static <T> List<T> orNull(List<T> values) {
        List<T> list = new ArrayList<>(values);
        if (list.isEmpty()) {
            list.add(null);
        }
        return list;
    }
}
