package io.phasescope.app.gui;

import io.phasescope.app.config.GuiConfig;
import io.phasescope.app.config.MemoryPreferences;
import io.phasescope.app.config.ScreenshotRequest;
import io.phasescope.app.gui.study.StudyView;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders one view of the app's real window ({@link Composition}'s {@code MainWindow}) to a PNG, headless: the
 * JavaFX toolkit starts on Monocle's headless screen when Monocle is on the class path and there is no
 * {@code DISPLAY} (on the current display otherwise), a workspace opens, the modes and tab of the
 * {@link ScreenshotRequest} are set, and once every background computation has settled the scene is snapshot.
 * Neither the user's preferences nor the recent files are read or changed. Call at most once per JVM.
 */
public final class Screenshot {

    private static final Logger LOG = LoggerFactory.getLogger(Screenshot.class);
    /** How long no background task must run before the view counts as settled. */
    private static final Duration QUIET = Duration.ofMillis(1500);

    private static final long POLL_MILLIS = 100;

    private Screenshot() {}

    /**
     * Renders {@code request} with the data and sweeps folders of {@code config}, waiting at most {@code timeout}
     * for the workspace to open and the view to settle.
     *
     * @throws IOException when the workspace cannot be opened or the PNG cannot be written
     * @throws TimeoutException when the view has not settled within {@code timeout}
     */
    public static void take(GuiConfig config, ScreenshotRequest request, Duration timeout)
            throws IOException, TimeoutException, InterruptedException {
        if (config == null || request == null || timeout == null || timeout.isNegative()) {
            throw new IllegalArgumentException("config, request and a non-negative timeout must be given, not " + config
                    + ", " + request + ", " + timeout);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        startToolkit(request);
        Composition composition = onFx(() -> open(config, request));
        try {
            awaitOpened(composition, deadline);
            onFx(() -> {
                showView(composition, request);
                return null;
            });
            awaitQuiet(composition, deadline);
            WritableImage image = onFx(() -> shownScene(composition, request).snapshot(null));
            Path parent = request.out().toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (!ImageIO.write(
                    SwingFXUtils.fromFXImage(image, null), "png", request.out().toFile())) {
                throw new IOException("no PNG writer for " + request.out());
            }
        } finally {
            composition.close();
            Platform.exit();
        }
    }

    private static void startToolkit(ScreenshotRequest request) throws InterruptedException {
        String display = System.getenv("DISPLAY");
        if ((display == null || display.isBlank()) && monocleAvailable()) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("headless.geometry", request.width() + "x" + request.height() + "-32");
        }
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        Platform.setImplicitExit(false);
        try {
            started.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("JavaFX did not start", e.getCause());
        }
    }

    private static boolean monocleAvailable() {
        try {
            Class.forName("com.sun.glass.ui.monocle.MonoclePlatformFactory");
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static Composition open(GuiConfig config, ScreenshotRequest request) {
        Composition composition = new Composition(config, new MemoryPreferences());
        composition.main().darkThemeProperty().set(request.dark());
        composition.main().presenterProperty().set(request.presenter());
        if (request.settingsHidden()) {
            composition.main().settingsShownProperty().set(false);
        }
        Scene scene = composition.scene(request.width(), request.height());
        Stage stage = new Stage();
        stage.setScene(scene);
        stage.setWidth(request.width());
        stage.setHeight(request.height());
        stage.show();
        if (request.workspace() == null) {
            composition.workspace().openDemo();
        } else {
            composition.workspace().open(request.workspace());
        }
        return composition;
    }

    /** The study window's scene when the request opens a study, else the main window's. */
    private static Scene shownScene(Composition composition, ScreenshotRequest request) {
        return request.study() == null
                ? composition.window().getScene()
                : studyWindow().getScene();
    }

    /** The study window (File → Open study…), once open. */
    private static Window studyWindow() {
        return Window.getWindows().stream()
                .filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof StudyView)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the study window did not open"));
    }

    private static void showView(Composition composition, ScreenshotRequest request) {
        if (request.lessonStep() > 0) {
            int steps = composition.lesson().steps().size();
            if (request.lessonStep() > steps) {
                throw new IllegalArgumentException(
                        "the lesson has steps 1 to " + steps + ", not " + request.lessonStep());
            }
            composition.lesson().go(request.lessonStep() - 1);
            composition.lesson().openProperty().set(true);
        }
        if (request.tab() != null) {
            TabPane tabs = (TabPane) composition.window().lookup("#mainTabs");
            tabs.getTabs().stream()
                    .filter(t -> request.tab().id().equals(t.getId()))
                    .findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
        }
        if (request.study() != null) {
            composition.window().openStudy(request.study());
            Window study = studyWindow();
            study.setWidth(request.width());
            study.setHeight(request.height());
        }
    }

    private static void awaitOpened(Composition composition, long deadline)
            throws IOException, TimeoutException, InterruptedException {
        while (true) {
            String error =
                    onFx(() -> composition.workspace().openErrorProperty().get());
            if (error != null && !error.isEmpty()) {
                throw new IOException(error);
            }
            if (!onFx(() -> composition.workspace().emptyProperty().get())) {
                awaitQuiet(composition, deadline);
                return;
            }
            pause(deadline, "the workspace to open");
        }
    }

    /** Waits until no background task has run for {@link #QUIET}. */
    private static void awaitQuiet(Composition composition, long deadline)
            throws TimeoutException, InterruptedException {
        long quietSince = System.nanoTime();
        while (System.nanoTime() - quietSince < QUIET.toNanos()) {
            if (!onFx(composition::idle)) {
                quietSince = System.nanoTime();
            }
            pause(deadline, "the background computations to settle");
        }
    }

    private static void pause(long deadline, String what) throws TimeoutException, InterruptedException {
        if (System.nanoTime() > deadline) {
            throw new TimeoutException("timed out waiting for " + what);
        }
        Thread.sleep(POLL_MILLIS);
    }

    private static <T> T onFx(Supplier<T> action) throws InterruptedException {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(action.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            LOG.warn("The FX thread did not answer within 60 s");
            throw new IllegalStateException("the FX thread did not answer within 60 s", e);
        }
    }
}
