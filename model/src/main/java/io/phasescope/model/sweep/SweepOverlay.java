package io.phasescope.model.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Several sweep folders shown together as seeds of one experiment (for example docs/results/paper-seed1, -seed2 and
 * -seed3): their grid points and transitions merged, each transition refined from its folder's transitions.csv
 * where present. The folders must have the same number of classes and no seed in common.
 *
 * @param folders the folders, in the order given
 * @param points every folder's points
 * @param transitions every folder's transitions, folder by folder
 */
public record SweepOverlay(List<SweepFolder> folders, List<SweepPoint> points, List<Transition> transitions) {

    public SweepOverlay {
        folders = List.copyOf(folders);
        points = List.copyOf(points);
        transitions = List.copyOf(transitions);
    }

    /** Opens {@code roots} (at least one) and merges them. */
    public static SweepOverlay open(List<Path> roots) throws IOException {
        if (roots.isEmpty()) {
            throw new IllegalArgumentException("an overlay needs at least one sweep folder");
        }
        List<SweepFolder> folders = new ArrayList<>();
        for (Path root : roots) {
            folders.add(SweepFolder.open(root));
        }
        return of(folders);
    }

    /** Merges sweep folders already open. */
    public static SweepOverlay of(List<SweepFolder> folders) throws IOException {
        checkCompatible(folders);
        List<SweepPoint> points = new ArrayList<>();
        List<Transition> transitions = new ArrayList<>();
        for (SweepFolder folder : folders) {
            points.addAll(folder.points());
            transitions.addAll(transitions(folder));
        }
        return new SweepOverlay(folders, points, transitions);
    }

    /**
     * Checks that {@code folders} can be overlaid: the same number of classes and no seed in common.
     *
     * @throws IllegalArgumentException naming the folders that cannot
     */
    public static void checkCompatible(List<SweepFolder> folders) {
        Map<Long, Path> seeds = new HashMap<>();
        int classes = folders.get(0).spec().network().classCount();
        for (SweepFolder folder : folders) {
            if (folder.spec().network().classCount() != classes) {
                throw new IllegalArgumentException(
                        folder.root() + " has " + folder.spec().network().classCount() + " classes, "
                                + folders.get(0).root() + " " + classes + ": they cannot be overlaid");
            }
            for (long seed : folder.spec().seeds()) {
                Path other = seeds.putIfAbsent(seed, folder.root());
                if (other != null) {
                    throw new IllegalArgumentException(other + " and " + folder.root() + " both hold seed " + seed
                            + ": overlay sweeps of different seeds");
                }
            }
        }
    }

    /** A sweep's detected transitions, refined ones from its transitions.csv where present. */
    public static List<Transition> transitions(SweepFolder folder) throws IOException {
        List<Transition> detected = SweepAnalysis.of(folder.points(), SweepAnalysis.DEFAULT_HOLD_THRESHOLD)
                .transitions();
        Path refined = folder.root().resolve(SweepFolder.TRANSITIONS);
        return Files.exists(refined) ? TransitionsCsv.read(refined, detected) : detected;
    }

    /** The transitions matched across the seeds, with the mean and spread of λ_c. */
    public List<SeedSpread> spreads() {
        return SeedSpread.match(transitions);
    }

    /**
     * The class names of the first sweep's dataset in class-index order, or the class indices when its network has
     * another number of classes.
     */
    public List<String> classNames() {
        SweepSpec spec = folders.get(0).spec();
        List<String> names = spec.data().kind().classNames();
        return names.size() == classCount()
                ? names
                : java.util.stream.IntStream.range(0, classCount())
                        .mapToObj(Integer::toString)
                        .toList();
    }

    /** The number of classes of every folder. */
    public int classCount() {
        return folders.get(0).spec().network().classCount();
    }
}
