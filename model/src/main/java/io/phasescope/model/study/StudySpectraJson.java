package io.phasescope.model.study;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.phasescope.model.train.Precision;
import java.util.Set;

/**
 * The {@code spectra} field of a study spec: an object of {@code nearTransitions}, {@code othersEvery}, {@code top},
 * {@code bottom}, {@code largestMagnitude}, {@code tolerance}, {@code maxIterations}, {@code subset}, {@code seed}
 * and {@code precision} ("float" or "double"), each optional ({@link StudySpectra#DEFAULTS}); {@code {}} asks for
 * the defaults at every kept point.
 */
final class StudySpectraJson {

    private static final Set<String> FIELDS = Set.of(
            "nearTransitions",
            "othersEvery",
            "top",
            "bottom",
            "largestMagnitude",
            "tolerance",
            "maxIterations",
            "subset",
            "seed",
            "precision");

    private StudySpectraJson() {}

    /** The spectra {@code node} asks for, null when it is missing. */
    static StudySpectra parse(JsonNode node) {
        if (node.isMissingNode()) {
            return null;
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException("spectra: must be an object, {\"top\": 20} for example, was " + node);
        }
        StudySpecJson.unknown(node, FIELDS, "spectra.");
        StudySpectra d = StudySpectra.DEFAULTS;
        JsonNode near = node.path("nearTransitions");
        if (!near.isMissingNode() && !near.isNumber()) {
            throw new IllegalArgumentException("spectra.nearTransitions: must be a number, was " + near);
        }
        JsonNode precision = node.path("precision");
        Precision p;
        try {
            p = precision.isMissingNode() ? d.precision() : Precision.parse(precision.asText());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("spectra." + e.getMessage(), e);
        }
        return new StudySpectra(
                near.isMissingNode() ? null : near.asDouble(),
                node.has("othersEvery") ? integer(node, "othersEvery") : null,
                node.has("top") ? integer(node, "top") : d.top(),
                node.has("bottom") ? integer(node, "bottom") : d.bottom(),
                node.has("largestMagnitude") ? integer(node, "largestMagnitude") : d.largestMagnitude(),
                node.has("tolerance") ? number(node, "tolerance") : d.tolerance(),
                node.has("maxIterations") ? integer(node, "maxIterations") : d.maxIterations(),
                node.has("subset") ? integer(node, "subset") : d.subset(),
                node.has("seed") ? seed(node) : d.seed(),
                p);
    }

    /** {@code spectra} as the object {@link #parse} reads back to an equal record (every field written). */
    static ObjectNode tree(StudySpectra spectra) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        if (spectra.nearTransitions() != null) {
            node.put("nearTransitions", spectra.nearTransitions());
        }
        if (spectra.othersEvery() != null) {
            node.put("othersEvery", spectra.othersEvery());
        }
        node.put("top", spectra.top());
        node.put("bottom", spectra.bottom());
        node.put("largestMagnitude", spectra.largestMagnitude());
        node.put("tolerance", spectra.tolerance());
        node.put("maxIterations", spectra.maxIterations());
        node.put("subset", spectra.subset());
        node.put("seed", spectra.seed());
        node.put("precision", spectra.precision().id());
        return node;
    }

    private static int integer(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new IllegalArgumentException("spectra." + field + ": must be an integer, was " + value);
        }
        return value.asInt();
    }

    private static double number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (!value.isNumber()) {
            throw new IllegalArgumentException("spectra." + field + ": must be a number, was " + value);
        }
        return value.asDouble();
    }

    private static long seed(JsonNode node) {
        JsonNode value = node.get("seed");
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new IllegalArgumentException("spectra.seed: must be an integer, was " + value);
        }
        return value.asLong();
    }
}
