package io.phasescope.model.study;

import io.phasescope.model.data.DataRequest;
import io.phasescope.model.net.Activation;
import java.util.HashSet;
import java.util.List;

/**
 * The fields a study varies over its base sweep: the study runs one sweep per element of the product of the
 * non-empty lists (an empty list keeps the base's value). Every list holds distinct values.
 *
 * @param seeds seeds, one task each (empty: the base's seeds), at most 64
 * @param datasets data sets (the network's input and class counts follow them)
 * @param activations MLP hidden activations
 * @param hiddenWidths MLP hidden widths, each a list of 1 to 16 widths
 * @param learningRates Adam learning rates, each in (0, 10]
 */
public record StudyVary(
        List<Long> seeds,
        List<DataRequest.Kind> datasets,
        List<Activation> activations,
        List<List<Integer>> hiddenWidths,
        List<Double> learningRates) {

    public StudyVary {
        seeds = distinct("vary.seeds", seeds);
        datasets = distinct("vary.dataset", datasets);
        activations = distinct("vary.activation", activations);
        hiddenWidths = distinct("vary.hiddenWidths", hiddenWidths).stream()
                .map(List::copyOf)
                .toList();
        learningRates = distinct("vary.learningRate", learningRates);
        if (seeds.size() > 64) {
            throw new IllegalArgumentException("vary.seeds: at most 64 seeds, were " + seeds.size());
        }
        for (List<Integer> widths : hiddenWidths) {
            if (widths.isEmpty() || widths.size() > 16) {
                throw new IllegalArgumentException("vary.hiddenWidths: 1 to 16 layers each, was " + widths);
            }
        }
        for (double lr : learningRates) {
            if (!(lr > 0 && lr <= 10)) {
                throw new IllegalArgumentException("vary.learningRate: each must be in (0, 10], was " + lr);
            }
        }
    }

    /** Varies nothing. */
    public static StudyVary none() {
        return new StudyVary(List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** Whether any list is non-empty. */
    public boolean varies() {
        return !(seeds.isEmpty()
                && datasets.isEmpty()
                && activations.isEmpty()
                && hiddenWidths.isEmpty()
                && learningRates.isEmpty());
    }

    private static <T> List<T> distinct(String field, List<T> values) {
        List<T> copy = values == null ? List.of() : List.copyOf(values);
        if (new HashSet<>(copy).size() != copy.size()) {
            throw new IllegalArgumentException(field + ": values must be distinct, were " + copy);
        }
        return copy;
    }
}
