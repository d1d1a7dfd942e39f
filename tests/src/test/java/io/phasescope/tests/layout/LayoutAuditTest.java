package io.phasescope.tests.layout;

import static io.phasescope.tests.layout.AuditStage.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import io.phasescope.app.config.GuiConfig;
import io.phasescope.app.config.MemoryPreferences;
import io.phasescope.app.gui.Composition;
import io.phasescope.app.gui.sweepspec.CustomSweep;
import io.phasescope.app.phase.SweepChoice;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The layout audit: the app's real window (the composition root's {@code MainWindow}) on the demo workspace, in every
 * tab and inner chart tab × mode (normal, lesson panel open, presenter, settings hidden) × size (1280×720,
 * 1920×1080). In each, {@link LayoutRules} checks every visible chart (data area, no colliding strings) and every
 * visible header, title and button (no ellipsis). All findings are reported at once.
 */
class LayoutAuditTest {

    private static final List<int[]> SIZES = List.of(new int[] {1280, 720}, new int[] {1920, 1080});
    private static final List<String> TABS = List.of("trainingTab", "phaseTab", "landscapeTab", "curvatureTab");

    @TempDir
    Path sweeps;

    private Composition composition;
    private Stage stage;

    /** The modes of the window, each set on a fresh composition's view models. */
    private enum Mode {
        NORMAL(c -> {}),
        LESSON(c -> c.lesson().openProperty().set(true)),
        PRESENTER(c -> c.main().presenterProperty().set(true)),
        SETTINGS_HIDDEN(c -> c.main().settingsShownProperty().set(false));

        final Consumer<Composition> set;

        Mode(Consumer<Composition> set) {
            this.set = set;
        }
    }

    @BeforeAll
    static void screenLargeEnoughForTheLargestSize() {
        System.setProperty("headless.geometry", "1920x1200-32");
    }

    @BeforeEach
    void openTheDemo() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        composition = onFx(() -> {
            Composition c = new Composition(new GuiConfig(null, sweeps), new MemoryPreferences());
            stage.setScene(c.scene(1280, 720));
            stage.show();
            // the layout is the subject, not the spectra of the demo's kept points: no minute of Lanczos meanwhile
            ((CheckBox) stage.getScene().lookup("#automaticSpectraCheck")).setSelected(false);
            c.workspace().openDemo();
            return c;
        });
        WaitForAsyncUtils.waitFor(
                60,
                TimeUnit.SECONDS,
                () -> !onFx(() -> composition.workspace().emptyProperty().get()));
        settle();
    }

    @AfterEach
    void close() throws Exception {
        AuditStage.release(stage, composition);
    }

    @Test
    void everyViewHoldsInEveryModeAndSize() throws Exception {
        List<String> findings = new ArrayList<>();
        int charts = 0;
        for (Mode mode : Mode.values()) {
            onFx(() -> {
                composition.lesson().openProperty().set(false);
                composition.main().presenterProperty().set(false);
                composition.main().settingsShownProperty().set(true);
                mode.set.accept(composition);
                return null;
            });
            for (int[] size : SIZES) {
                onFx(() -> {
                    stage.setWidth(size[0]);
                    stage.setHeight(size[1]);
                    return null;
                });
                for (String tab : TABS) {
                    select(tab);
                    for (TabPane inner : onFx(this::visibleChartTabs)) {
                        for (Tab t : onFx(inner::getTabs)) {
                            onFx(() -> {
                                inner.getSelectionModel().select(t);
                                return null;
                            });
                            charts += audit(inner, where(mode, size, tab + " › " + onFx(t::getText)), findings);
                        }
                    }
                    charts += audit(stage.getScene().getRoot(), where(mode, size, tab), findings);
                }
            }
        }
        assertThat(charts).as("charts audited").isGreaterThan(200);
        assertThat(findings).as("layout defects").isEmpty();
    }

    @Test
    void theCustomSweepFormHoldsInEveryModeAndSize() throws Exception {
        select("phaseTab");
        onFx(() -> {
            @SuppressWarnings("unchecked")
            ChoiceBox<SweepChoice> preset =
                    (ChoiceBox<SweepChoice>) stage.getScene().lookup("#presetChoice");
            preset.getItems().stream()
                    .filter(c -> c.id().equals(CustomSweep.ID))
                    .findFirst()
                    .ifPresent(preset::setValue);
            return null;
        });
        settle();
        assertThat(onFx(() -> LayoutRules.shown(stage.getScene().lookup("#wallTimeEstimate"))))
                .as("the custom form is open")
                .isTrue();
        List<String> findings = new ArrayList<>();
        for (Mode mode : Mode.values()) {
            for (int[] size : SIZES) {
                onFx(() -> {
                    composition.lesson().openProperty().set(false);
                    composition.main().presenterProperty().set(false);
                    composition.main().settingsShownProperty().set(true);
                    mode.set.accept(composition);
                    stage.setWidth(size[0]);
                    stage.setHeight(size[1]);
                    return null;
                });
                audit(stage.getScene().getRoot(), where(mode, size, "phaseTab with Custom…"), findings);
            }
        }
        assertThat(findings).as("layout defects").isEmpty();
    }

    /** Checks what {@code root} shows (an inner tab pane, or the whole window) once the layout has settled. */
    private int audit(Parent root, String where, List<String> findings) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return onFx(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
            return LayoutRules.check(root, where, findings);
        });
    }

    private void select(String tabId) throws Exception {
        onFx(() -> {
            TabPane tabs = (TabPane) stage.getScene().lookup("#mainTabs");
            tabs.getTabs().stream()
                    .filter(t -> tabId.equals(t.getId()))
                    .findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<TabPane> visibleChartTabs() {
        return stage.getScene().getRoot().lookupAll(".chart-tabs").stream()
                .filter(LayoutRules::shown)
                .map(TabPane.class::cast)
                .toList();
    }

    private static String where(Mode mode, int[] size, String view) {
        return size[0] + "×" + size[1] + " " + mode.name().toLowerCase() + " " + view;
    }

    /** Waits until no background task has run for 0.3 s: the demo has opened, its model at λ is evaluated. */
    private void settle() throws Exception {
        long quietSince = System.nanoTime();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() - quietSince < TimeUnit.MILLISECONDS.toNanos(300)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the background computations did not settle within 120 s");
            }
            if (!onFx(composition::idle)) {
                quietSince = System.nanoTime();
            }
            WaitForAsyncUtils.sleep(50, TimeUnit.MILLISECONDS);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
