package io.phasescope.model.study;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.phasescope.model.sweep.SweepGrid;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The {@code paths} field of a study spec: a list of objects {@code name}, {@code a}, {@code b} (task ids, as
 * {@code --dry-run} lists them), {@code lambda} (default 0), {@code kind} ({@code linear}, the default, {@code
 * bezier} or {@code pathfinder}), {@code resolution} (linear and bezier, default 31), {@code epochs} and {@code seed}
 * (bezier only, defaults 10 and 1) and {@code grid} (pathfinder only: {@code {"start", "stop", "step"}} in λ units,
 * default {@link StudyPath#PATHFINDER_GRID}). A field that does not go with the path's kind is refused.
 */
final class StudyPathJson {

    private static final Set<String> FIELDS =
            Set.of("name", "a", "b", "lambda", "kind", "resolution", "grid", "epochs", "seed");

    /** The kinds each field of some kinds goes with, by field name (checked in that order). */
    private static final Map<String, Set<String>> FIELD_KINDS = new TreeMap<>(Map.of(
            "resolution", Set.of("linear", "bezier"),
            "epochs", Set.of("bezier"),
            "seed", Set.of("bezier"),
            "grid", Set.of("pathfinder")));

    private StudyPathJson() {}

    /** The paths {@code node} lists, none when it is missing. */
    static List<StudyPath> parse(JsonNode node) {
        if (node.isMissingNode()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new IllegalArgumentException(
                    "paths: must be a list of {\"name\", \"a\", \"b\"} objects, was " + node);
        }
        List<StudyPath> paths = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode p = node.get(i);
            String field = "paths[" + i + "]";
            if (!p.isObject()) {
                throw new IllegalArgumentException(field + ": must be an object, was " + p);
            }
            StudySpecJson.unknown(p, FIELDS, field + ".");
            JsonNode lambda = p.path("lambda");
            if (!lambda.isMissingNode() && !lambda.isNumber()) {
                throw new IllegalArgumentException(field + ".lambda: must be a number, was " + lambda);
            }
            String kind = p.path("kind").asText("linear");
            for (var goes : FIELD_KINDS.entrySet()) {
                if (p.has(goes.getKey())
                        && StudyPath.KINDS.contains(kind)
                        && !goes.getValue().contains(kind)) {
                    throw new IllegalArgumentException(
                            field + "." + goes.getKey() + ": does not go with a " + kind + " path");
                }
            }
            StudyPath path = new StudyPath(
                    p.path("name").asText(null),
                    p.path("a").asText(null),
                    p.path("b").asText(null),
                    lambda.isMissingNode() ? 0 : lambda.asDouble(),
                    kind,
                    (int) integer(p, "resolution", field, StudyPath.DEFAULT_RESOLUTION, true),
                    kind.equals("pathfinder") ? grid(p.path("grid"), field) : null,
                    (int) integer(p, "epochs", field, StudyPath.DEFAULT_EPOCHS, true),
                    integer(p, "seed", field, StudyPath.DEFAULT_SEED, false));
            if (!names.add(path.name())) {
                throw new IllegalArgumentException(field + ".name: two paths named " + path.name());
            }
            paths.add(path);
        }
        return paths;
    }

    /** {@code paths} as the list {@link #parse} reads back (every field written). */
    static ArrayNode tree(List<StudyPath> paths) {
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        for (StudyPath p : paths) {
            ObjectNode node = list.addObject();
            node.put("name", p.name());
            node.put("a", p.a());
            node.put("b", p.b());
            node.put("lambda", p.lambda());
            node.put("kind", p.kind());
            if (p.kind().equals("bezier")) {
                node.put("epochs", p.epochs());
                node.put("seed", p.seed());
            }
            if (p.grid() == null) {
                node.put("resolution", p.resolution());
            } else {
                node.putObject("grid")
                        .put("start", p.grid().start())
                        .put("stop", p.grid().stop())
                        .put("step", p.grid().step());
            }
        }
        return list;
    }

    /** The integer field {@code name} of {@code p} ({@code fallback} when missing), an int when {@code small}. */
    private static long integer(JsonNode p, String name, String field, long fallback, boolean small) {
        JsonNode value = p.path(name);
        if (value.isMissingNode()) {
            return fallback;
        }
        if (!value.isIntegralNumber() || !(small ? value.canConvertToInt() : value.canConvertToLong())) {
            throw new IllegalArgumentException(field + "." + name + ": must be an integer, was " + value);
        }
        return value.asLong();
    }

    private static SweepGrid grid(JsonNode node, String field) {
        if (node.isMissingNode()) {
            return StudyPath.PATHFINDER_GRID;
        }
        StudySpecJson.unknown(node, Set.of("start", "stop", "step"), field + ".grid.");
        for (String part : List.of("start", "stop", "step")) {
            if (!node.path(part).isNumber()) {
                throw new IllegalArgumentException(
                        field + ".grid." + part + ": must be a number, was " + node.get(part));
            }
        }
        try {
            return SweepGrid.linear(
                    node.get("start").asDouble(),
                    node.get("stop").asDouble(),
                    node.get("step").asDouble());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ".grid: " + e.getMessage(), e);
        }
    }
}
