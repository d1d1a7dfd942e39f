package io.phasescope.model.landscape;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The files of a path folder and the keys of its path.json: one source for who writes a path folder ({@code phasescope
 * path}, a study's path task) and who reads one back ({@code spectrum --path}, {@code figure}). A folder holds
 * {@value #CSV} ({@link PathCsv}), {@value #SUMMARY} (the barriers, and how to rebuild θ(t)), for a Bézier curve its
 * control point in {@value #CONTROL} (big-endian float32) and for a Pathfinder path its walk in {@value #WALK}/. θ(t)
 * is rebuilt from A and B, named either as model folders ({@value #MODEL_A}, {@value #MODEL_B}: absolute paths, with
 * {@value #ALIGN}), or as a study's sweep folders ({@value #SWEEP_A}, {@value #SWEEP_B}: relative to the path folder,
 * so a study folder can be moved) whose kept models at the grid point {@value #LAMBDA} (λ units) of the up walk are A
 * and B.
 */
public final class PathFiles {

    /** The profile along t. */
    public static final String CSV = "path.csv";
    /** The summary, written last. */
    public static final String SUMMARY = "path.json";
    /** A Bézier curve's control point. */
    public static final String CONTROL = "control.bin";
    /** A Pathfinder path's walk, a sweep folder. */
    public static final String WALK = "sweep";
    /** The profile drawn (E and error along t). */
    public static final String FIGURE = "path.png";

    /** path.json: the profile's name, for example "linear aligned". */
    public static final String KIND = "kind";
    /** path.json: linear, bezier or pathfinder. */
    public static final String PATH_KIND = "pathKind";

    public static final String MODEL_A = "modelA";
    public static final String MODEL_B = "modelB";
    public static final String ALIGN = "align";
    public static final String SWEEP_A = "sweepA";
    public static final String SWEEP_B = "sweepB";
    public static final String LAMBDA = "lambda";

    private PathFiles() {}

    /**
     * path.json's summary of {@code profile} of a {@code pathKind} path: its name, the barriers (nats; errors = 1 −
     * accuracy), |θ_A − θ_B| and the final distance to B; the caller adds the ends.
     */
    public static ObjectNode summary(PathProfile profile, String pathKind) {
        ObjectNode summary = JsonNodeFactory.instance.objectNode();
        summary.put(KIND, profile.kind());
        summary.put("lossBarrier", profile.lossBarrier());
        summary.put("errorBarrier", profile.errorBarrier());
        summary.put("maxTrainLoss", profile.maxTrainLoss());
        summary.put("distanceAB", profile.distanceAB());
        summary.put("finalDistanceToB", profile.distanceToB()[profile.t().length - 1]);
        summary.put(
                "units", "losses in nats (mean cross-entropy); errors = 1 - accuracy; distances in parameter space");
        summary.put(PATH_KIND, pathKind);
        return summary;
    }
}
