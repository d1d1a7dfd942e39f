package io.phasescope.model.study;

import io.phasescope.model.sweep.SeedSpread;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A study folder read for display: its manifest and, per variant, the transitions its finished seeds found. Read
 * again while the study runs to follow it.
 *
 * @param manifest the study's tasks and their states
 * @param variants one result per variant, in the manifest's order
 */
public record StudyResults(StudyManifest manifest, List<VariantResult> variants) {

    public StudyResults {
        if (manifest == null) {
            throw new IllegalArgumentException("manifest must be given");
        }
        variants = List.copyOf(variants);
    }

    /**
     * Reads the study in {@code root} and its finished sweeps.
     *
     * @throws IllegalArgumentException when {@code root} is not a study folder, saying why
     */
    public static StudyResults read(Path root) throws IOException {
        StudyManifest manifest = StudyManifest.read(root);
        List<VariantResult> variants = new ArrayList<>();
        for (StudyVariant variant : manifest.variants()) {
            variants.add(VariantResult.read(variant));
        }
        return new StudyResults(manifest, variants);
    }

    /**
     * The name of every level any variant reached ({@link VariantResult#levelName}), up-branch levels first, in
     * walking order.
     */
    public List<String> levelNames() {
        return variants.stream()
                .flatMap(v -> v.levels().stream())
                .sorted(Comparator.comparing(SeedSpread::branch).thenComparingInt(SeedSpread::ordinal))
                .map(VariantResult::levelName)
                .distinct()
                .toList();
    }

    /** The varied fields as an axis label, for example "activation, learning_rate"; "variant" when only seeds vary. */
    public String variedLabel() {
        List<String> varied = manifest.variedFields();
        return varied.isEmpty() ? "variant" : String.join(", ", varied);
    }
}
