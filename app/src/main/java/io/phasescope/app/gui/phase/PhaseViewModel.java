package io.phasescope.app.gui.phase;

import io.phasescope.app.gui.common.Command;
import io.phasescope.app.gui.common.StatusModel;
import io.phasescope.app.phase.ModelInspector;
import io.phasescope.app.phase.SweepChoice;
import io.phasescope.app.phase.SweepEvent;
import io.phasescope.app.phase.WriterFollower;
import io.phasescope.app.task.BackgroundTask;
import io.phasescope.app.task.JobState;
import io.phasescope.app.task.TaskExecutor;
import io.phasescope.model.data.DataCache;
import io.phasescope.model.sweep.SweepAnalysis;
import io.phasescope.model.sweep.SweepFolder;
import io.phasescope.model.sweep.SweepMode.Branch;
import io.phasescope.model.sweep.SweepPoint;
import io.phasescope.model.sweep.Walk;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;

/**
 * The Phase-diagram view's model, composed of one small view model per panel: the {@link SweepSettings}; the
 * {@link SweepRunViewModel} that runs or resumes a sweep; the {@link ShownSweep} with its points, analysis and
 * diagram; the {@link ScrubberViewModel} (λ slider and selection); the {@link ModelAtLambdaViewModel}; and the
 * {@link ProbeViewModel}. It wires them together, opens sweep folders and cancels whatever runs.
 *
 * <p>All methods run on the UI thread. Models are evaluated and probes trained on background threads, each with
 * its own engine: the UI thread never touches ND4J.
 */
public final class PhaseViewModel {

    private final TaskExecutor executor;
    private final StatusModel status;
    private final SweepSettings settings;
    private final ShownSweep shown;
    private final ModelAtLambdaViewModel model;
    private final ProbeViewModel probes;
    private final ScrubberViewModel scrubber;
    private final SweepRunViewModel run;
    private final Command cancel;
    private final ObservableBooleanValue canOpen;
    private final WriterFollower follower;

    /**
     * With the standard sweeps ({@link SweepChoice#standard}).
     *
     * @param mnistFolder a folder of MNIST IDX files, or {@code null} for the verified download cache
     * @param sweepsRoot the folder in which new sweeps get their own folders
     */
    public PhaseViewModel(Path mnistFolder, Path sweepsRoot, TaskExecutor executor, StatusModel status) {
        this(SweepChoice.standard(mnistFolder), sweepsRoot, executor, status);
    }

    /**
     * @param choices the sweeps offered, the first selected (at least one)
     * @param sweepsRoot the folder in which new sweeps get their own folders
     * @param executor runs the sweep, evaluations, probes and refreshes
     * @param status receives progress and errors
     */
    public PhaseViewModel(List<SweepChoice> choices, Path sweepsRoot, TaskExecutor executor, StatusModel status) {
        if (choices == null || choices.isEmpty() || sweepsRoot == null || executor == null || status == null) {
            throw new IllegalArgumentException("choices, sweepsRoot, executor and status must be given, were " + choices
                    + ", " + sweepsRoot + ", " + executor + ", " + status);
        }
        this.executor = executor;
        this.status = status;
        DataCache data = new DataCache();
        settings = new SweepSettings(choices, executor);
        shown = new ShownSweep(settings.unitProperty(), executor);
        model = new ModelAtLambdaViewModel(shown, data, executor, status);
        probes = new ProbeViewModel(shown, model, data, settings.unitProperty(), executor, status);
        scrubber = new ScrubberViewModel(shown, model, probes, settings.unitProperty(), status);
        run = new SweepRunViewModel(this, data, sweepsRoot, executor, status);
        cancel = new Command(
                "Cancel",
                Bindings.createBooleanBinding(
                        () -> run.canCancel() || probes.probingProperty().get(),
                        run.stateProperty(),
                        probes.probingProperty()),
                () -> {
                    if (!run.cancel()) {
                        probes.cancel();
                    }
                });
        canOpen = run.stateProperty().isEqualTo(JobState.IDLE);
        follower = new WriterFollower(executor, status, this::showFollowed);
        run.stateProperty().addListener((obs, old, now) -> {
            if (now != JobState.IDLE) {
                follower.stop();
            }
        });
    }

    /** Whether a folder shown is another process's sweep, followed as its points arrive. */
    public boolean isFollowingAnotherWriter() {
        return follower.isFollowing();
    }

    /** Stops following the folders shown as other processes write them (the study that overlaid them closed). */
    public void stopFollowing() {
        follower.stop();
    }

    /**
     * Follows again the folders shown when one of {@code roots} is shown but no longer followed: its writer may have
     * started again, for example a study's task resumed after its driver was restarted or its worker lost.
     */
    public void followAgain(List<Path> roots) {
        List<SweepEvent.Opened> folders = shown.foldersShown();
        boolean lost = folders.stream()
                .map(o -> o.folder().root())
                .anyMatch(root -> roots.contains(root) && !follower.isFollowing(root));
        if (lost && run.stateProperty().get() == JobState.IDLE) {
            follower.follow(folders);
        }
    }

    /** Shows fresh reads of followed folders: the one shown through {@link #showOpened}, overlaid ones in place. */
    private void showFollowed(List<SweepEvent.Opened> fresh) {
        SweepEvent.Opened main = null;
        Map<Path, List<SweepPoint>> overlaid = new HashMap<>();
        for (SweepEvent.Opened opened : fresh) {
            if (opened.folder().root().equals(shown.folderProperty().get())) {
                main = opened;
            } else {
                overlaid.put(opened.folder().root(), opened.points());
            }
        }
        if (!overlaid.isEmpty()) {
            shown.updateOverlays(overlaid);
        }
        if (main != null) {
            showOpened(main);
        }
    }

    /** Shows no sweep: before a new one starts. */
    void clearSweep() {
        shown.clear();
        scrubber.reset();
        model.clear();
        run.steps(0, 0);
    }

    /** Shows an opened sweep folder and follows it to its last point unless the user moved away. */
    void showOpened(SweepEvent.Opened opened) {
        shown.show(opened.folder(), opened.points(), opened.probes());
        settings.markUnchanged();
        int count = shown.pointCountProperty().get();
        run.steps(count, opened.folder().spec().totalSteps());
        if (count > 0
                && (shown.selectedProperty().get() == null
                        || scrubber.followProperty().get())) {
            shown.lastPoint().ifPresent(scrubber::followTo);
        }
    }

    /** Opens the sweep in {@code root} to look at it (and resume it with Resume sweep). */
    public void openFolder(Path root) {
        openFolder(root, Double.NaN);
    }

    /** Opens the sweep in {@code root} and then moves the λ slider to {@code sliderPosition} (NaN: leaves it). */
    public void openFolder(Path root, double sliderPosition) {
        if (!startReading("opening", root)) {
            return;
        }
        executor.execute(BackgroundTask.of("open sweep", control -> {
                    SweepFolder opened = SweepFolder.open(root);
                    return new SweepEvent.Opened(opened, opened.points(), ModelInspector.readProbes(opened));
                })
                .onSuccess(opened -> {
                    showOpenedFolder(root, opened, sliderPosition);
                    follower.follow(List.of(opened));
                })
                .onFailure(error -> {
                    status.progress(0);
                    status.error("Cannot open " + root + ": " + error.getMessage());
                }));
    }

    /** Shows the sweep opened from {@code root}, follows it while another process writes it, moves the slider. */
    private void showOpenedFolder(Path root, SweepEvent.Opened opened, double sliderPosition) {
        settings.showOpened(SweepChoice.opened(root, opened.folder().spec()));
        clearSweep();
        showOpened(opened);
        int done = shown.pointCountProperty().get();
        int total = opened.folder().spec().totalSteps();
        status.progress(total == 0 ? 0 : Math.min(1, done / (double) total));
        SweepAnalysis a = shown.analysisProperty().get();
        status.info(String.format(
                Locale.ROOT,
                "Opened %s: %d of %d steps, %d transitions, %d probes%s",
                root,
                done,
                total,
                a == null ? 0 : a.transitions().size(),
                shown.probes().size(),
                // one being written by another process is said so by the follower's first check, off this thread
                done < total ? "; Resume sweep goes on" : ""));
        // an opened sweep is read from its up branch, where the hierarchy unfolds
        shown.branches().stream()
                .filter(key -> key.branch() == Branch.UP)
                .findFirst()
                .ifPresent(scrubber.branchProperty()::set);
        if (Double.isFinite(sliderPosition)) {
            scrubber.sliderPositionProperty().set(sliderPosition);
        }
    }

    /**
     * Shows the sweeps in {@code roots} (at least one) overlaid as seeds, for example a study's: the first opened,
     * the others added to it ({@link #addFolder}); a folder that cannot be overlaid is named in the status line.
     */
    public void showSweeps(List<Path> roots) {
        if (roots == null || roots.isEmpty()) {
            throw new IllegalArgumentException("need at least one sweep folder, got " + roots);
        }
        Path first = roots.get(0);
        if (!startReading("opening", first)) {
            return;
        }
        executor.execute(BackgroundTask.of("open sweeps", control -> {
                    List<SweepEvent.Opened> opened = new ArrayList<>();
                    for (Path root : roots) {
                        SweepFolder folder = SweepFolder.open(root);
                        opened.add(new SweepEvent.Opened(
                                folder,
                                folder.points(),
                                opened.isEmpty() ? ModelInspector.readProbes(folder) : List.of()));
                    }
                    return opened;
                })
                .onSuccess(opened -> {
                    showOpenedFolder(first, opened.get(0), Double.NaN);
                    List<SweepEvent.Opened> shownNow = new ArrayList<>(List.of(opened.get(0)));
                    for (SweepEvent.Opened added : opened.subList(1, opened.size())) {
                        try {
                            shown.addOverlay(added.folder(), added.points());
                            shownNow.add(added);
                        } catch (IllegalArgumentException e) {
                            status.error("Cannot add " + added.folder().root() + ": " + e.getMessage());
                            break;
                        }
                    }
                    // those still being written (a running study's) grow as their points arrive
                    follower.follow(shownNow);
                    if (opened.size() > 1 && shownNow.size() == opened.size()) {
                        status.info(String.format(
                                Locale.ROOT, "Showing %d sweeps overlaid, %s", opened.size(), seedsShown()));
                    }
                })
                .onFailure(error -> {
                    status.progress(0);
                    status.error("Cannot open the sweeps of " + first.getParent() + ": " + error.getMessage());
                }));
    }

    /**
     * Adds the sweep in {@code root} to the one shown, as further seeds (for example seeds 2 and 3 of the paper
     * sweep next to seed 1): the charts overlay them and {@link ShownSweep#seedSpreadLines} lists each transition's
     * λc as mean ± spread across the seeds. A sweep that shares a seed with one shown (seed 1 at another learning
     * rate) is overlaid as a variant whose walks are named by what differs.
     */
    public void addFolder(Path root) {
        if (shown.folder() == null) {
            status.error("Open a sweep folder first, then add others to it as seeds");
            return;
        }
        if (!startReading("adding", root)) {
            return;
        }
        executor.execute(BackgroundTask.of("add sweep", control -> {
                    SweepFolder added = SweepFolder.open(root);
                    return new SweepEvent.Opened(added, added.points(), List.of());
                })
                .onSuccess(added -> {
                    status.progress(0);
                    try {
                        shown.addOverlay(added.folder(), added.points());
                    } catch (IllegalArgumentException e) {
                        status.error("Cannot add " + root + ": " + e.getMessage());
                        return;
                    }
                    status.info(String.format(
                            Locale.ROOT,
                            "Added %s: %d sweeps shown, %s",
                            root,
                            shown.overlays().size() + 1,
                            seedsShown()));
                })
                .onFailure(error -> {
                    status.progress(0);
                    status.error("Cannot add " + root + ": " + error.getMessage());
                }));
    }

    /** "seeds [1, 2]" of the sweeps shown, or their walks by variant: "lr 0.01 · seed 1, lr 0.03 · seed 1". */
    private String seedsShown() {
        List<Walk> walks = shown.branches().stream()
                .map(k -> new Walk(k.variant(), k.seed()))
                .distinct()
                .sorted()
                .toList();
        return walks.stream().allMatch(w -> w.variant().isEmpty())
                ? "seeds " + walks.stream().map(Walk::seed).toList()
                : walks.stream().map(Walk::name).collect(Collectors.joining(", "));
    }

    /** Says that the sweep in {@code root} is being read; refuses (false) while a sweep runs. */
    private boolean startReading(String verb, Path root) {
        follower.stop();
        if (run.stateProperty().get() != JobState.IDLE) {
            status.error("Cancel the running sweep before " + verb + " another");
            return false;
        }
        status.info(Character.toUpperCase(verb.charAt(0)) + verb.substring(1) + " the sweep in " + root + " …");
        status.progress(StatusModel.BUSY);
        return true;
    }

    /** The sweep settings panel. */
    public SweepSettings settings() {
        return settings;
    }

    /** The sweep shown: folder, points, analysis and diagram. */
    public ShownSweep shown() {
        return shown;
    }

    /** Running and resuming sweeps. */
    public SweepRunViewModel run() {
        return run;
    }

    /** The λ slider and the selected point. */
    public ScrubberViewModel scrubber() {
        return scrubber;
    }

    /** The model at the selected point. */
    public ModelAtLambdaViewModel model() {
        return model;
    }

    /** Probes between grid points. */
    public ProbeViewModel probes() {
        return probes;
    }

    /** Cancels the running sweep, or else the running probe. */
    public Command cancelCommand() {
        return cancel;
    }

    /** Whether a sweep folder may be opened now (no sweep runs). */
    public ObservableBooleanValue canOpenProperty() {
        return canOpen;
    }
}
