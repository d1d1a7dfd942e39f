package io.phasescope.app.workspace;

import java.util.List;

/**
 * The manifest of a workspace file: plain values only; parameter vectors and path profiles live in their own
 * entries of the archive and are referred to by entry name.
 *
 * @param format always {@link #FORMAT}
 * @param version the format version, {@link #VERSION} when written by this Phasescope
 * @param software the Phasescope that wrote it
 * @param models the model library, in order
 * @param phase the Phase-diagram view
 * @param landscape the Landscape view
 * @param curvature the Curvature view; null in files written before it was saved (the view keeps its settings)
 */
public record WorkspaceState(
        String format,
        int version,
        String software,
        List<Model> models,
        Phase phase,
        LandscapeState landscape,
        CurvatureState curvature) {

    /** The format name in every manifest. */
    public static final String FORMAT = "phasescope-workspace";
    /**
     * The version this Phasescope writes and the newest it reads: 2 embeds the open sweep
     * ({@link Phase#embedded()}); version 1 files, which only name the sweep folder, still open.
     */
    public static final int VERSION = 2;
    /** The oldest version read. */
    public static final int FIRST_VERSION = 1;

    public WorkspaceState {
        models = models == null ? List.of() : List.copyOf(models);
    }

    /** A manifest without the Curvature view. */
    public WorkspaceState(
            String format, int version, String software, List<Model> models, Phase phase, LandscapeState landscape) {
        this(format, version, software, models, phase, landscape, null);
    }

    /**
     * A library model: its network and where its parameters are in the archive.
     *
     * @param activation the activation's id, e.g. {@code sigmoid}
     * @param dataset the dataset kind it was trained on, e.g. {@code MNIST}
     * @param parameters the archive entry of its float32 parameters
     */
    public record Model(
            String name,
            String origin,
            int inputSize,
            List<Integer> hiddenWidths,
            String activation,
            int classCount,
            long initSeed,
            String dataset,
            String parameters) {}

    /**
     * The Phase-diagram view.
     *
     * @param sweepFolder the open sweep folder where it was saved, or null
     * @param unit {@code LAMBDA} or {@code BETA}
     * @param slider the λ slider's position (grid index, fractional between points)
     * @param embedded the archive folder holding a copy of the sweep ({@link EmbeddedSweep}), e.g.
     *     {@code sweeps/classroom-1130/}; null in version 1 files and when no sweep is open
     * @param custom the custom sweep's form; null in files written before it existed
     */
    public record Phase(String sweepFolder, String unit, double slider, String embedded, CustomSweepState custom) {

        /** The view with the sweep named only by its folder, as version 1 saved it. */
        public Phase(String sweepFolder, String unit, double slider) {
            this(sweepFolder, unit, slider, null, null);
        }

        /** This view with the sweep embedded under {@code archiveFolder}. */
        public Phase withEmbedded(String archiveFolder) {
            return new Phase(sweepFolder, unit, slider, archiveFolder, custom);
        }

        /** This view with the custom sweep's form {@code newCustom}. */
        public Phase withCustom(CustomSweepState newCustom) {
            return new Phase(sweepFolder, unit, slider, embedded, newCustom);
        }
    }

    /** This manifest with the Phase-diagram view {@code newPhase}. */
    public WorkspaceState withPhase(Phase newPhase) {
        return new WorkspaceState(format, version, software, models, newPhase, landscape, curvature);
    }

    /** This manifest with the Curvature view {@code newCurvature}. */
    public WorkspaceState withCurvature(CurvatureState newCurvature) {
        return new WorkspaceState(format, version, software, models, phase, landscape, newCurvature);
    }
}
