package io.phasescope.app.study;

import io.phasescope.model.study.StudyResults;
import io.phasescope.model.study.VariantResult;
import io.phasescope.model.sweep.SeedSpread;
import io.phasescope.render.phase.LambdaUnit;
import java.util.ArrayList;
import java.util.List;

/** A study's results as text: per-variant λc lines and the hierarchy comparison table. */
public final class StudyTables {

    /** What a cell of the hierarchy table holds when a variant never reached that level. */
    public static final String NOT_REACHED = "–";

    private StudyTables() {}

    /**
     * One header line per variant ("learning_rate=0.01: 2 of 3 seeds finished") followed by one line per level, for
     * example {@code "  up · 1 (full): λc = 0.157 ± 0.0058 (2 seeds: 1, 2), loses {3, 5}"}; λ in {@code unit}.
     */
    public static List<String> spreadLines(StudyResults results, LambdaUnit unit) {
        List<String> lines = new ArrayList<>();
        for (VariantResult variant : results.variants()) {
            lines.add(variant.variant().label() + ": " + variant.seeds() + " of "
                    + variant.variant().entries().size() + " seeds finished");
            for (SeedSpread level : variant.levels()) {
                lines.add(
                        "  " + level.describe(unit.symbol(), unit.of(1)) + ", loses " + variant.classesLostText(level));
            }
        }
        return lines;
    }

    /**
     * The variants' hierarchies side by side: a column per variant, a row per level (up-branch levels first, in
     * walking order), each cell the classes the variant loses there ({@link VariantResult#classesLost}) or
     * {@link #NOT_REACHED}.
     *
     * @param columns "level", then the variants' labels
     * @param rows one per level: its name, then one cell per variant
     */
    public record Hierarchy(List<String> columns, List<List<String>> rows) {

        public Hierarchy {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** The hierarchy comparison of {@code results}. */
    public static Hierarchy hierarchy(StudyResults results) {
        List<String> columns = new ArrayList<>(List.of("level"));
        results.variants().forEach(v -> columns.add(v.variant().label()));
        List<List<String>> rows = new ArrayList<>();
        for (String level : results.levelNames()) {
            List<String> row = new ArrayList<>(List.of(level));
            for (VariantResult variant : results.variants()) {
                row.add(variant.level(level).map(variant::classesLostText).orElse(NOT_REACHED));
            }
            rows.add(row);
        }
        return new Hierarchy(columns, rows);
    }
}
