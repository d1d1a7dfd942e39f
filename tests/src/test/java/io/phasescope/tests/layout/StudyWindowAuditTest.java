package io.phasescope.tests.layout;

import static io.phasescope.tests.layout.AuditStage.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import io.phasescope.app.config.GuiConfig;
import io.phasescope.app.config.MemoryPreferences;
import io.phasescope.app.gui.Composition;
import io.phasescope.app.gui.study.StudyView;
import io.phasescope.model.study.TinyStudy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.scene.Parent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The layout audit of the study window (File → Open study…) on a real tiny study (sigmoid and ReLU × two learning
 * rates: four variants with long labels side by side, three sweeps finished and one pending): in every mode of the app (normal, lesson panel open, presenter, dark) ×
 * size (1280×720, 1920×1080), {@link LayoutRules} checks its title, sweep checks, buttons, λc lines and hierarchy
 * table. All findings are reported at once.
 */
class StudyWindowAuditTest {

    private static final List<int[]> SIZES = List.of(new int[] {1280, 720}, new int[] {1920, 1080});

    @TempDir
    static Path dir;

    private static Path study;

    private Composition composition;
    private Stage stage;

    @BeforeAll
    static void aStudyThreeQuartersDone() throws Exception {
        System.setProperty("headless.geometry", "1920x1200-32");
        study = Files.createDirectories(dir.resolve("study"));
        TinyStudy.run(study, TinyStudy.VARIANTS, 3);
    }

    @BeforeEach
    void openTheStudy() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        composition = onFx(() -> {
            Composition c = new Composition(new GuiConfig(null, dir.resolve("sweeps")), new MemoryPreferences());
            stage.setScene(c.scene(1280, 720));
            stage.show();
            c.window().openStudy(study);
            return c;
        });
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> onFx(() -> studyRoot().lookupAll(".check-box").size() == 4));
    }

    @AfterEach
    void close() throws Exception {
        AuditStage.release(stage, composition); // the study window with it
    }

    @Test
    void theStudyWindowHoldsInEveryModeAndSize() throws Exception {
        Map<String, Consumer<Composition>> modes = new LinkedHashMap<>();
        modes.put("normal", c -> {});
        modes.put("lesson", c -> c.lesson().openProperty().set(true));
        modes.put("presenter", c -> c.main().presenterProperty().set(true));
        modes.put("dark", c -> c.main().darkThemeProperty().set(true));
        List<String> findings = new ArrayList<>();
        for (Map.Entry<String, Consumer<Composition>> mode : modes.entrySet()) {
            for (int[] size : SIZES) {
                WaitForAsyncUtils.waitForFxEvents();
                onFx(() -> {
                    composition.lesson().openProperty().set(false);
                    composition.main().presenterProperty().set(false);
                    composition.main().darkThemeProperty().set(false);
                    mode.getValue().accept(composition);
                    Window window = studyRoot().getScene().getWindow();
                    window.setWidth(size[0]);
                    window.setHeight(size[1]);
                    return null;
                });
                WaitForAsyncUtils.waitForFxEvents();
                onFx(() -> {
                    Parent root = studyRoot();
                    root.applyCss();
                    root.layout();
                    return LayoutRules.check(
                            root, size[0] + "×" + size[1] + " " + mode.getKey() + " study window", findings);
                });
            }
        }
        assertThat(onFx(() -> studyRoot()
                        .lookup("#studyHierarchy")
                        .lookupAll(".section-title")
                        .size()))
                .as("the hierarchy table's header: level and four variants")
                .isEqualTo(5);
        assertThat(findings).as("layout defects").isEmpty();
    }

    /** The study window's content. */
    private static StudyView studyRoot() {
        return Window.getWindows().stream()
                .filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof StudyView)
                .map(w -> (StudyView) w.getScene().getRoot())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the study window did not open"));
    }
}
