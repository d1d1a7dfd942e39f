package io.phasescope.app.gui.landscape;

import io.phasescope.app.gui.common.Command;
import io.phasescope.app.gui.common.StatusModel;
import io.phasescope.app.landscape.LandscapeData;
import io.phasescope.app.landscape.SliceCache;
import io.phasescope.app.landscape.SliceJob;
import io.phasescope.app.landscape.SliceRequest;
import io.phasescope.app.landscape.SliceResult;
import io.phasescope.app.task.BackgroundTask;
import io.phasescope.app.task.Coalescer;
import io.phasescope.app.task.EtaEstimator;
import io.phasescope.app.task.JobErrors;
import io.phasescope.app.task.TaskExecutor;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Runs the slice of the current {@link SliceSettings} once they have been still for {@link #SETTLE} (slider drags
 * included): the running slice is cancelled, a cached slice ({@link SliceCache}) is shown at once, otherwise the new
 * one streams in coarse to fine, at most one level every {@link #REFRESH}, with progress and the time left. Only
 * the latest level counts, so levels pass through one slot rather than a queue. Slices start only while the view is
 * on screen ({@link #activeProperty()}).
 */
public final class SliceRunner {

    /** How long the settings must be still before a slice starts. */
    public static final Duration SETTLE = Duration.ofMillis(300);
    /** Interval of screen updates while a slice is refined. */
    public static final Duration REFRESH = Duration.ofMillis(33);

    static final JobErrors ERRORS =
            new JobErrors("The landscape", "Check the slice settings.", "Try fewer test images or a lower resolution.");

    private final SliceSettings settings;
    private final LandscapeData data;
    private final TaskExecutor executor;
    private final StatusModel status;
    private final SliceCache cache = new SliceCache();
    private final EtaEstimator eta = new EtaEstimator();
    private final ReadOnlyObjectWrapper<SliceResult> slice = new ReadOnlyObjectWrapper<>(this, "slice");
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper(this, "headline", "");
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(this, "computing");
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active", true);
    private final AtomicReference<SliceResult> latestLevel = new AtomicReference<>();
    private final Coalescer settle;
    private final Coalescer refresher;
    private final Command compute;
    private final Command cancel;
    private SliceRequest current;
    private BackgroundTask<SliceResult> job;

    SliceRunner(SliceSettings settings, LandscapeData data, TaskExecutor executor, StatusModel status) {
        this.settings = settings;
        this.data = data;
        this.executor = executor;
        this.status = status;
        settle = executor.debounce(SETTLE, this::computeNow);
        refresher = executor.throttle(REFRESH, this::publishLatestLevel);
        compute = new Command("Compute", settings.originProperty().isNotNull(), this::computeNow);
        cancel = new Command("Cancel", computing.getReadOnlyProperty(), this::cancel);
        settings.sliceInputs().forEach(input -> input.addListener(o -> settle.request()));
        active.addListener((obs, was, now) -> {
            if (now) {
                settle.request();
            }
        });
    }

    /** Starts the slice of the current settings now (or shows it from the cache); waits while inactive. */
    private void computeNow() {
        settle.cancel();
        if (!active.get()) {
            return;
        }
        if (settings.originProperty().get() == null) {
            headline.set("");
            return;
        }
        SliceRequest request;
        try {
            request = settings.request();
        } catch (IllegalArgumentException e) {
            status.error(e.getMessage());
            return;
        }
        if (request.equals(current)
                && (computing.get()
                        || slice.get() != null && request.equals(slice.get().request()))) {
            return;
        }
        cancel();
        current = request;
        SliceResult cached = cache.get(request);
        if (cached != null) {
            publish(cached);
            status.info("Slice from the cache (" + cache.size() + " kept)");
            return;
        }
        computing.set(true);
        eta.restart(0, System.nanoTime());
        status.info("Slicing the landscape of " + request.origin().name() + " …");
        status.progress(StatusModel.BUSY);
        job = executor.execute(BackgroundTask.of("slice", new SliceJob(request, data, level -> {
                    latestLevel.set(level);
                    refresher.request();
                }))
                .onSuccess(done -> {
                    if (done.request().equals(current)) {
                        latestLevel.set(null);
                        computing.set(false);
                        cache.put(done);
                        publish(done);
                        status.progress(1);
                        status.eta("");
                        status.info(String.format(
                                Locale.ROOT,
                                "Slice done: %d points in %.1f s",
                                done.grid().total(),
                                done.seconds()));
                    }
                })
                .onFailure(error -> {
                    computing.set(false);
                    status.progress(0);
                    status.eta("");
                    ERRORS.report(status, error);
                })
                .onCancelled(() -> {}));
    }

    private void cancel() {
        if (job != null) {
            job.cancel();
            job = null;
        }
        latestLevel.set(null);
        if (computing.get()) {
            computing.set(false);
            status.progress(0);
            status.eta("");
        }
    }

    private void publishLatestLevel() {
        SliceResult level = latestLevel.getAndSet(null);
        if (level == null || !level.request().equals(current) || !computing.get()) {
            return;
        }
        publish(level);
        double fraction = (double) level.grid().computed() / level.grid().total();
        status.progress(fraction);
        status.eta(eta.remaining(fraction, System.nanoTime())
                .map(left -> "about " + EtaEstimator.format(left) + " left")
                .orElse(""));
        status.info(String.format(
                Locale.ROOT,
                "Slicing: %d of %d points",
                level.grid().computed(),
                level.grid().total()));
    }

    private void publish(SliceResult result) {
        slice.set(result);
        SliceRequest r = result.request();
        headline.set(String.format(
                Locale.ROOT,
                "%s around %s · %s · %d×%d on %d test images · at θ₀ %s · min %s%s",
                r.quantity().label(),
                r.origin().name(),
                result.axes().aLabel(),
                r.resolution(),
                r.twoDimensional() ? r.resolution() : 1,
                r.subset(),
                format(result.valueNear(0, 0)),
                format(result.grid().min()),
                result.grid().complete()
                        ? String.format(Locale.ROOT, " · %.1f s", result.seconds())
                        : " · refining …"));
    }

    /**
     * Shows {@code saved} (a slice from a workspace, without its request) as the slice of the current settings, and
     * keeps it in the cache, so that it is not computed again; ignored when the settings make no slice.
     */
    void restore(SliceResult saved) {
        SliceRequest request;
        try {
            request = settings.request();
        } catch (IllegalArgumentException e) {
            return;
        }
        cache.put(new SliceResult(request, saved.axes(), saved.grid(), saved.seconds()));
        if (request.equals(current)) {
            cancel();
            current = null; // asked again below: now from the cache
        }
        if (active.get()) {
            computeNow();
        }
    }

    static String format(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.4g", value);
    }

    /** The slice shown (a level of a running one, or complete), or null. */
    ReadOnlyObjectProperty<SliceResult> sliceProperty() {
        return slice.getReadOnlyProperty();
    }

    /**
     * Whether the view is on screen: slices start only then (a change made while inactive starts its slice on
     * activation), so that the landscape never takes the cores behind the user's back. True by default.
     */
    public BooleanProperty activeProperty() {
        return active;
    }

    /** The slice shown in one line, or empty. */
    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    /** Whether a slice is being computed. */
    public ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }

    public Command computeCommand() {
        return compute;
    }

    public Command cancelCommand() {
        return cancel;
    }
}
