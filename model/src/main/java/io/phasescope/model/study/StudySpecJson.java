package io.phasescope.model.study;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.phasescope.model.data.DataRequest;
import io.phasescope.model.net.Activation;
import io.phasescope.model.sweep.SweepFormatException;
import io.phasescope.model.sweep.SweepSpec;
import io.phasescope.model.sweep.SweepSpecJson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A {@link StudySpec} as JSON: {@code format} "phasescope-study", {@code version} 1, {@code name}, {@code base} (a
 * sweep spec in the sweep.json format, as {@code sweep --print-spec} prints it), {@code vary} ({@code seeds},
 * {@code dataset}, {@code activation}, {@code hiddenWidths}, {@code learningRate}: lists) and {@code sweeps} (a list
 * of sweep specs), {@code refine} ({@code tolerance}: refine every transition by bisection to this fraction of
 * λ_c), {@code spectra} (the Hessian spectra at kept points, {@link StudySpectraJson}) and {@code paths} (linear
 * paths between minima, {@link StudyPathJson}). Unknown fields are refused, so that a misspelt field does not silently vary nothing.
 */
public final class StudySpecJson {

    /** The {@code format} of a study spec. */
    public static final String FORMAT = "phasescope-study";

    /** The newest version this code reads and writes. */
    public static final int VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Set<String> TOP =
            Set.of("format", "version", "name", "base", "vary", "sweeps", "refine", "spectra", "paths");
    private static final Set<String> VARY = Set.of("seeds", "dataset", "activation", "hiddenWidths", "learningRate");

    private StudySpecJson() {}

    /**
     * Reads and checks the study spec in {@code file}.
     *
     * @throws SweepFormatException naming the file and the field of anything missing or invalid
     */
    public static StudySpec read(Path file) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new SweepFormatException(file + " is missing or not JSON: " + e.getMessage(), e);
        }
        try {
            return parse(root, file.toAbsolutePath().getParent());
        } catch (IllegalArgumentException e) {
            throw new SweepFormatException(file + ": " + e.getMessage(), e);
        }
    }

    /** {@code spec} as JSON text, which {@link #read} reads back to an equal spec. */
    public static String toJson(StudySpec spec) throws IOException {
        return JSON.writeValueAsString(tree(spec)) + System.lineSeparator();
    }

    /** {@code spec} as a JSON tree (the {@code spec} field of study.json). */
    public static ObjectNode tree(StudySpec spec) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("name", spec.name());
        if (spec.base() != null) {
            root.set("base", JSON.readTree(SweepSpecJson.toJson(spec.base())));
        }
        StudyVary v = spec.vary();
        if (v.varies()) {
            ObjectNode vary = root.putObject("vary");
            vary.set("seeds", JSON.valueToTree(v.seeds()));
            vary.set(
                    "dataset",
                    JSON.valueToTree(
                            v.datasets().stream().map(DataRequest.Kind::id).toList()));
            vary.set(
                    "activation",
                    JSON.valueToTree(
                            v.activations().stream().map(Activation::id).toList()));
            vary.set("hiddenWidths", JSON.valueToTree(v.hiddenWidths()));
            vary.set("learningRate", JSON.valueToTree(v.learningRates()));
        }
        if (!spec.sweeps().isEmpty()) {
            ArrayNode sweeps = root.putArray("sweeps");
            for (SweepSpec s : spec.sweeps()) {
                sweeps.add(JSON.readTree(SweepSpecJson.toJson(s)));
            }
        }
        if (spec.refineTolerance() != null) {
            root.putObject("refine").put("tolerance", spec.refineTolerance());
        }
        if (spec.spectra() != null) {
            root.set("spectra", StudySpectraJson.tree(spec.spectra()));
        }
        if (!spec.paths().isEmpty()) {
            root.set("paths", StudyPathJson.tree(spec.paths()));
        }
        return root;
    }

    static StudySpec parse(JsonNode root, Path folder) throws IOException {
        if (!root.isObject()) {
            throw new IllegalArgumentException("a study spec is a JSON object");
        }
        unknown(root, TOP, "");
        if (!FORMAT.equals(root.path("format").asText(null))) {
            throw new IllegalArgumentException("format: must be '" + FORMAT + "', was " + root.get("format"));
        }
        if (!root.path("version").canConvertToInt()
                || root.path("version").asInt() < 1
                || root.path("version").asInt() > VERSION) {
            throw new IllegalArgumentException("version: must be 1 to " + VERSION + ", was " + root.get("version"));
        }
        SweepSpec base = root.has("base") ? sweep(root.get("base"), "base", folder) : null;
        List<SweepSpec> sweeps = new ArrayList<>();
        JsonNode list = root.path("sweeps");
        if (!list.isMissingNode() && !list.isArray()) {
            throw new IllegalArgumentException("sweeps: must be a list of sweep specs");
        }
        for (int i = 0; i < list.size(); i++) {
            sweeps.add(sweep(list.get(i), "sweeps[" + i + "]", folder));
        }
        return new StudySpec(
                root.path("name").asText(null),
                base,
                vary(root.path("vary")),
                sweeps,
                refine(root.path("refine")),
                StudySpectraJson.parse(root.path("spectra")),
                StudyPathJson.parse(root.path("paths")));
    }

    private static SweepSpec sweep(JsonNode node, String field, Path folder) throws IOException {
        try {
            return SweepSpecJson.parse(node, field, folder).spec();
        } catch (SweepFormatException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static Double refine(JsonNode refine) {
        if (refine.isMissingNode()) {
            return null;
        }
        if (!refine.isObject()) {
            throw new IllegalArgumentException("refine: must be an object, {\"tolerance\": 0.001} for example");
        }
        unknown(refine, Set.of("tolerance"), "refine.");
        if (!refine.path("tolerance").isNumber()) {
            throw new IllegalArgumentException(
                    "refine.tolerance: must be a number in (0, 1), was " + refine.get("tolerance"));
        }
        return refine.path("tolerance").asDouble();
    }

    private static StudyVary vary(JsonNode vary) {
        if (vary.isMissingNode()) {
            return StudyVary.none();
        }
        if (!vary.isObject()) {
            throw new IllegalArgumentException("vary: must be an object of lists");
        }
        unknown(vary, VARY, "vary.");
        return new StudyVary(
                list(vary, "seeds", n -> {
                    if (!n.canConvertToLong() || !n.isIntegralNumber()) {
                        throw new IllegalArgumentException("must be an integer");
                    }
                    return n.asLong();
                }),
                list(vary, "dataset", n -> DataRequest.Kind.parse(n.asText())),
                list(vary, "activation", n -> Activation.parse(n.asText())),
                list(vary, "hiddenWidths", n -> {
                    if (!n.isArray()) {
                        throw new IllegalArgumentException("must be a list of widths");
                    }
                    List<Integer> widths = new ArrayList<>();
                    n.forEach(w -> {
                        if (!w.isInt() || w.asInt() < 1 || w.asInt() > 16_384) {
                            throw new IllegalArgumentException("each width must be an integer in [1, 16384], was " + w);
                        }
                        widths.add(w.asInt());
                    });
                    return widths;
                }),
                list(vary, "learningRate", n -> {
                    if (!n.isNumber()) {
                        throw new IllegalArgumentException("must be a number");
                    }
                    return n.asDouble();
                }));
    }

    private static <T> List<T> list(JsonNode vary, String field, Function<JsonNode, T> parser) {
        JsonNode node = vary.path(field);
        if (node.isMissingNode()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new IllegalArgumentException("vary." + field + ": must be a list, was " + node);
        }
        List<T> values = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            try {
                values.add(parser.apply(node.get(i)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "vary." + field + "[" + i + "]: " + e.getMessage() + " (was " + node.get(i) + ")", e);
            }
        }
        return values;
    }

    static void unknown(JsonNode node, Set<String> known, String prefix) {
        node.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                throw new IllegalArgumentException(prefix + name + ": unknown field; known: "
                        + String.join(", ", known.stream().sorted().toList()));
            }
        });
    }
}
