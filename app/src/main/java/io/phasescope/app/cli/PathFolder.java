package io.phasescope.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.phasescope.model.io.FloatFiles;
import io.phasescope.model.io.ModelStore;
import io.phasescope.model.io.SavedModel;
import io.phasescope.model.landscape.BezierPath;
import io.phasescope.model.landscape.LinearPath;
import io.phasescope.model.landscape.PathCsv;
import io.phasescope.model.landscape.PathProfile;
import io.phasescope.model.landscape.PathfinderPath;
import io.phasescope.model.landscape.WeightMatching;
import io.phasescope.model.net.NetworkSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.DoubleFunction;

/**
 * A path folder written by {@code path}: its profile ({@code path.csv}) and θ(t) rebuilt from what
 * {@code path.json} records (the model folders of A and B, the kind, the alignment; a Bézier curve's control
 * point in {@code control.bin}; a Pathfinder path's walk in {@code sweep/}).
 */
final class PathFolder {

    /** The Bézier control point, big-endian float32. */
    static final String CONTROL = "control.bin";
    /** path.json keys. */
    static final String PATH_KIND = "pathKind";

    static final String MODEL_A = "modelA";
    static final String MODEL_B = "modelB";
    static final String ALIGN = "align";

    /**
     * @param network the architecture of A and B
     * @param profile the path's metrics along t
     * @param theta θ(t) for every t of the profile
     */
    record Rebuilt(NetworkSpec network, PathProfile profile, DoubleFunction<float[]> theta) {}

    private PathFolder() {}

    /** Reads {@code folder}; the models of A and B must still be where path.json says. */
    static Rebuilt open(Path folder) throws IOException {
        Path json = folder.resolve("path.json");
        if (!Files.exists(json) || !Files.exists(folder.resolve("path.csv"))) {
            throw new IOException(folder + " is not a path folder: it needs path.csv and path.json (written by path)");
        }
        JsonNode summary = Json.MAPPER.readTree(json.toFile());
        if (!summary.hasNonNull(MODEL_A) || !summary.hasNonNull(MODEL_B) || !summary.hasNonNull(PATH_KIND)) {
            throw new IOException(json + " does not say which models the path joins (an older path folder);"
                    + " compute the path again with: phasescope path");
        }
        SavedModel a = ModelStore.load(Path.of(summary.get(MODEL_A).asText()));
        SavedModel b = ModelStore.load(Path.of(summary.get(MODEL_B).asText()));
        float[] thetaB =
                summary.path(ALIGN).asBoolean() ? WeightMatching.align(a.spec(), a.theta(), b.theta()) : b.theta();
        PathProfile profile =
                PathCsv.read(folder.resolve("path.csv"), summary.path("kind").asText("path"));
        String kind = summary.get(PATH_KIND).asText();
        DoubleFunction<float[]> theta = switch (kind) {
            case "linear" -> t -> LinearPath.at(a.theta(), thetaB, t);
            case "bezier" -> {
                float[] c = FloatFiles.read(folder.resolve(CONTROL), a.theta().length);
                yield t -> BezierPath.at(a.theta(), c, thetaB, t);
            }
            case "pathfinder" -> PathfinderPath.reopen(folder.resolve("sweep"), a.theta(), thetaB, profile)::at;
            default -> throw new IOException(json + ": pathKind must be linear, bezier or pathfinder, was " + kind);
        };
        return new Rebuilt(a.spec(), profile, theta);
    }
}
