package io.phasescope.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.phasescope.model.io.FloatFiles;
import io.phasescope.model.io.ModelStore;
import io.phasescope.model.io.SavedModel;
import io.phasescope.model.landscape.BezierPath;
import io.phasescope.model.landscape.LinearPath;
import io.phasescope.model.landscape.PathCsv;
import io.phasescope.model.landscape.PathFiles;
import io.phasescope.model.landscape.PathProfile;
import io.phasescope.model.landscape.PathfinderPath;
import io.phasescope.model.landscape.WeightMatching;
import io.phasescope.model.net.NetworkSpec;
import io.phasescope.model.study.StudyPathFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.DoubleFunction;

/**
 * A path folder written by {@code path} or by a study ({@code paths/<name>/}): its profile ({@code path.csv}) and θ(t)
 * rebuilt from what {@code path.json} records ({@link PathFiles}): the ends, as the model folders of A and B with
 * the alignment ({@code path}) or as two sweep folders of the study and a λ ({@link StudyPathFolder#ends}); the kind;
 * a Bézier curve's control point in {@code control.bin}; a Pathfinder path's walk in {@code sweep/}.
 */
final class PathFolder {

    /**
     * @param network the architecture of A and B
     * @param profile the path's metrics along t
     * @param theta θ(t) for every t of the profile
     */
    record Rebuilt(NetworkSpec network, PathProfile profile, DoubleFunction<float[]> theta) {}

    private PathFolder() {}

    /** Reads {@code folder}; the models (or sweeps) of A and B must still be where path.json says. */
    static Rebuilt open(Path folder) throws IOException {
        Path json = folder.resolve(PathFiles.SUMMARY);
        if (!Files.exists(json) || !Files.exists(folder.resolve(PathFiles.CSV))) {
            throw new IOException(folder + " is not a path folder: it needs path.csv and path.json (written by path"
                    + " or by a study)");
        }
        JsonNode summary = Json.MAPPER.readTree(json.toFile());
        if (!summary.hasNonNull(PathFiles.PATH_KIND)) {
            throw new IOException(json + " does not say which models the path joins (an older path folder);"
                    + " compute the path again with: phasescope path (in a study: delete path.json, rerun study)");
        }
        NetworkSpec network;
        float[] a;
        float[] thetaB;
        if (summary.hasNonNull(PathFiles.MODEL_A) && summary.hasNonNull(PathFiles.MODEL_B)) {
            SavedModel modelA =
                    ModelStore.load(Path.of(summary.get(PathFiles.MODEL_A).asText()));
            SavedModel modelB =
                    ModelStore.load(Path.of(summary.get(PathFiles.MODEL_B).asText()));
            network = modelA.spec();
            a = modelA.theta();
            thetaB = summary.path(PathFiles.ALIGN).asBoolean()
                    ? WeightMatching.align(network, a, modelB.theta())
                    : modelB.theta();
        } else if (summary.hasNonNull(PathFiles.SWEEP_A) && summary.hasNonNull(PathFiles.SWEEP_B)) {
            StudyPathFolder.Ends ends = StudyPathFolder.ends(folder, summary);
            if (!(ends.network() instanceof NetworkSpec mlp)) {
                throw new IOException(folder + " joins two " + ends.network().describe()
                        + " models; spectra along a path need an MLP");
            }
            network = mlp;
            a = ends.a();
            thetaB = ends.b();
        } else {
            throw new IOException(json + " names neither the model folders (" + PathFiles.MODEL_A + ", "
                    + PathFiles.MODEL_B + ") nor the sweep folders (" + PathFiles.SWEEP_A + ", " + PathFiles.SWEEP_B
                    + ") of A and B");
        }
        PathProfile profile = PathCsv.read(
                folder.resolve(PathFiles.CSV), summary.path(PathFiles.KIND).asText("path"));
        String kind = summary.get(PathFiles.PATH_KIND).asText();
        DoubleFunction<float[]> theta = switch (kind) {
            case "linear" -> t -> LinearPath.at(a, thetaB, t);
            case "bezier" -> {
                float[] c = FloatFiles.read(folder.resolve(PathFiles.CONTROL), a.length);
                yield t -> BezierPath.at(a, c, thetaB, t);
            }
            case "pathfinder" -> PathfinderPath.reopen(folder.resolve(PathFiles.WALK), a, thetaB, profile)::at;
            default -> throw new IOException(json + ": pathKind must be linear, bezier or pathfinder, was " + kind);
        };
        return new Rebuilt(network, profile, theta);
    }
}
