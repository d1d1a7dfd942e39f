package io.phasescope.model.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Several sweep folders shown together: seeds of one experiment (for example docs/results/paper-seed1, -seed2 and
 * -seed3), or variants of a study (seed 1 at two learning rates). Their grid points and transitions are merged, each
 * transition refined from its folder's transitions.csv where present, and each walk labelled with its folder's
 * {@link #labels variant} when the folders are not seeds of one experiment, so that walks with the same seed stay
 * apart and λ_c spreads pool one variant's seeds only. The folders must have the same number of classes, and no
 * folder may be given twice.
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
        List<String> labels = labels(folders);
        List<SweepPoint> points = new ArrayList<>();
        List<Transition> transitions = new ArrayList<>();
        for (int i = 0; i < folders.size(); i++) {
            String label = labels.get(i);
            folders.get(i).points().forEach(p -> points.add(p.withVariant(label)));
            transitions(folders.get(i)).forEach(t -> transitions.add(t.withVariant(label)));
        }
        return new SweepOverlay(folders, points, transitions);
    }

    /**
     * The variant label of each of {@code folders}, in order (see {@link SweepPoint#variant}): the fields in which
     * their specs differ, such as {@code "lr 0.03"}, or each folder's name when they agree in those but share a
     * seed; all empty when they are seeds of one experiment.
     *
     * @throws IllegalArgumentException naming the folders that cannot be overlaid (see {@link #checkCompatible})
     */
    public static List<String> labels(List<SweepFolder> folders) {
        checkCompatible(folders);
        List<String> labels = VariantLabels.of(folders);
        if (VariantLabels.sharesAWalk(folders, labels)) {
            throw new IllegalArgumentException("two folders named alike hold the same seed, so their walks cannot be"
                    + " told apart: " + folders.stream().map(SweepFolder::root).toList());
        }
        return labels;
    }

    /**
     * Checks that {@code folders} can be overlaid: the same number of classes, and each folder once.
     *
     * @throws IllegalArgumentException naming the folders that cannot
     */
    public static void checkCompatible(List<SweepFolder> folders) {
        Set<Path> roots = new HashSet<>();
        int classes = folders.get(0).spec().network().classCount();
        for (SweepFolder folder : folders) {
            if (folder.spec().network().classCount() != classes) {
                throw new IllegalArgumentException(
                        folder.root() + " has " + folder.spec().network().classCount() + " classes, "
                                + folders.get(0).root() + " " + classes + ": they cannot be overlaid");
            }
            if (!roots.add(folder.root().toAbsolutePath().normalize())) {
                throw new IllegalArgumentException(folder.root() + " is overlaid twice: its walks are shown already");
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

    /** The transitions matched across the seeds of each variant, with the mean and spread of λ_c. */
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
