package io.phasescope.model.study;

import io.phasescope.model.sweep.SeedSpread;
import io.phasescope.model.sweep.SweepFolder;
import io.phasescope.model.sweep.SweepMode.Branch;
import io.phasescope.model.sweep.SweepOverlay;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What one variant of a study found so far: its finished seeds' transitions matched across seeds by
 * {@link SeedSpread#match} (each a level of the hierarchy, with λ_c as mean ± spread) and the classes lost at each.
 *
 * @param variant the variant
 * @param classNames the names of its dataset's classes, in class-index order (empty when no seed has finished)
 * @param levels its transitions matched across the finished seeds, in branch order then walking order
 * @param seeds the number of finished seeds the levels come from (0 to the variant's task count)
 */
public record VariantResult(StudyVariant variant, List<String> classNames, List<SeedSpread> levels, int seeds) {

    public VariantResult {
        if (variant == null || seeds < 0 || seeds > variant.entries().size()) {
            throw new IllegalArgumentException("a variant result needs its variant and 0 to "
                    + (variant == null ? "?" : variant.entries().size()) + " finished seeds, was " + seeds);
        }
        classNames = List.copyOf(classNames);
        levels = List.copyOf(levels);
    }

    /** The result of {@code variant} from its finished tasks' sweep folders. */
    public static VariantResult read(StudyVariant variant) throws IOException {
        List<SweepFolder> folders = new ArrayList<>();
        for (StudyEntry entry : variant.done()) {
            folders.add(SweepFolder.open(entry.folder()));
        }
        if (folders.isEmpty()) {
            return new VariantResult(variant, List.of(), List.of(), 0);
        }
        SweepOverlay overlay = SweepOverlay.of(folders);
        return new VariantResult(variant, overlay.classNames(), overlay.spreads(), folders.size());
    }

    /**
     * The classes lost at {@code level} by at least half of its seeds, ascending: the variant's hierarchy at that
     * level, robust to one seed's stray class.
     */
    public static List<Integer> classesLost(SeedSpread level) {
        int members = level.members().size();
        return level.members().stream()
                .flatMap(t -> t.classesLost().stream())
                .collect(Collectors.groupingBy(c -> c, Collectors.counting()))
                .entrySet()
                .stream()
                .filter(e -> 2 * e.getValue() >= members)
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }

    /** {@link #classesLost} by name, for example "{cat, dog}"; "{}" when none. */
    public String classesLostText(SeedSpread level) {
        return classesLost(level).stream()
                .map(c -> c < classNames.size() ? classNames.get(c) : String.valueOf(c))
                .collect(Collectors.joining(", ", "{", "}"));
    }

    /** The level named {@code name} ({@link #levelName}), if this variant reached it. */
    public Optional<SeedSpread> level(String name) {
        return levels.stream().filter(l -> levelName(l).equals(name)).findFirst();
    }

    /** The level's name: its ordinal along the up branch ("1"), else the branch and ordinal ("down 1"). */
    public static String levelName(SeedSpread level) {
        return (level.branch() == Branch.UP ? "" : level.branch().id() + " ") + level.ordinal();
    }
}
