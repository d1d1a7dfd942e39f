package io.phasescope.app.phase;

import io.phasescope.model.sweep.SweepFolder;
import io.phasescope.model.sweep.SweepOverlay;
import io.phasescope.model.sweep.SweepPoint;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sweep folders overlaid on the one the Phase diagram shows (its {@code ShownSweep}), with their points, and the variant label of every
 * folder shown ({@link SweepOverlay#labels}): empty while they are seeds of one experiment, the fields that differ
 * (or the folder's name) once two share a seed. Points are kept labelled, so that every walk — (branch, variant,
 * seed) — belongs to exactly one folder ({@link #folderOf}).
 */
public final class OverlaidFolders {

    private final List<SweepFolder> overlays = new ArrayList<>();
    /** The points of each folder overlaid, labelled, by its root, in the order added. */
    private final Map<Path, List<SweepPoint>> points = new LinkedHashMap<>();
    /** The labels of the folder shown, then of each overlaid, in order; empty before any is overlaid. */
    private List<String> labels = List.of();

    /**
     * Overlays {@code added} on {@code shown} and the folders overlaid already, relabelling all of them.
     *
     * @throws IllegalArgumentException if {@code added} has other classes or is shown already
     */
    public void add(SweepFolder shown, SweepFolder added, List<SweepPoint> addedPoints) {
        List<SweepFolder> all = new ArrayList<>(List.of(shown));
        all.addAll(overlays);
        all.add(added);
        labels = SweepOverlay.labels(all);
        overlays.add(added);
        points.put(added.root(), addedPoints);
        points.replaceAll((root, rows) -> labelled(labelOf(root), rows));
    }

    /** Replaces the points of folders overlaid (by root) with fresh reads; others stay. */
    public void update(Map<Path, List<SweepPoint>> fresh) {
        fresh.forEach((root, rows) -> points.replace(root, labelled(labelOf(root), rows)));
    }

    /** Overlays no folder. */
    public void clear() {
        overlays.clear();
        points.clear();
        labels = List.of();
    }

    /** The label of the folder shown's walks (empty for none). */
    public String shownLabel() {
        return labels.isEmpty() ? "" : labels.get(0);
    }

    /** The folders overlaid, in the order added. */
    public List<SweepFolder> folders() {
        return List.copyOf(overlays);
    }

    /** Each folder overlaid with its labelled points (and no probes). */
    public List<SweepEvent.Opened> opened() {
        return overlays.stream()
                .map(o -> new SweepEvent.Opened(o, points.get(o.root()), List.of()))
                .toList();
    }

    /** The labelled points of every folder overlaid, folder by folder. */
    public List<SweepPoint> points() {
        List<SweepPoint> all = new ArrayList<>();
        points.values().forEach(all::addAll);
        return all;
    }

    /** The folder that walked {@code key}: an overlaid one whose label and seeds match, else {@code shown}. */
    public SweepFolder folderOf(BranchKey key, SweepFolder shown) {
        for (int i = 0; i < overlays.size(); i++) {
            SweepFolder o = overlays.get(i);
            if (labels.get(i + 1).equals(key.variant()) && o.spec().seeds().contains(key.seed())) {
                return o;
            }
        }
        return shown;
    }

    /** {@code rows} labelled {@code label}. */
    public static List<SweepPoint> labelled(String label, List<SweepPoint> rows) {
        return rows.stream().map(p -> p.withVariant(label)).toList();
    }

    /**
     * {@code probes} labelled {@code label}; the parameters of those trained here, in {@code thetas} by identity,
     * move to the labelled points.
     */
    public static List<SweepPoint> relabel(String label, List<SweepPoint> probes, Map<SweepPoint, float[]> thetas) {
        List<SweepPoint> relabelled = labelled(label, probes);
        for (int i = 0; i < probes.size(); i++) {
            float[] theta = thetas.remove(probes.get(i));
            if (theta != null) {
                thetas.put(relabelled.get(i), theta);
            }
        }
        return relabelled;
    }

    private String labelOf(Path root) {
        for (int i = 0; i < overlays.size(); i++) {
            if (overlays.get(i).root().equals(root)) {
                return labels.get(i + 1);
            }
        }
        return "";
    }
}
