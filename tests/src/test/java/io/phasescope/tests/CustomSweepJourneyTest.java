package io.phasescope.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasescope.app.config.GuiConfig;
import io.phasescope.app.gui.sweepspec.CustomSweep;
import io.phasescope.app.phase.SweepChoice;
import io.phasescope.model.sweep.SweepFolder;
import io.phasescope.model.sweep.SweepMode;
import io.phasescope.model.sweep.SweepSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A custom sweep, end to end and headless: choose the quick patterns sweep, then "Custom…", which opens its spec in
 * the Training tab's fields; type an invalid hidden width and see the field marked with its error and Run disabled;
 * fix it, shrink the grid, see the measured wall-time estimate, and run the sweep into a custom folder whose
 * sweep.json is the spec.
 */
class CustomSweepJourneyTest extends AppJourney {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    @TempDir
    Path sweeps;

    @Override
    protected GuiConfig config() {
        return new GuiConfig(null, sweeps);
    }

    @Test
    void chooseCustomFixAFieldSeeTheEstimateAndRunATinyPatternsSweep() throws Exception {
        robot.clickOn("Phase diagram");
        ChoiceBox<SweepChoice> preset = robot.lookup("#presetChoice").queryAs(ChoiceBox.class);
        choose(preset, SweepChoice.PATTERNS_QUICK);
        choose(preset, CustomSweep.LABEL);
        assertThat(onFx(() -> robot.lookup("#specWidthsField")
                        .queryAs(TextField.class)
                        .getText()))
                .as("filled from the preset chosen before")
                .isEqualTo("32,32");
        await("the wall-time estimate", 90, () -> text("#wallTimeEstimate").contains("measured"));

        replaceText("#specWidthsField", "0");
        TextField widths = robot.lookup("#specWidthsField").queryAs(TextField.class);
        await(
                "the invalid width marked",
                10,
                () -> onFx(() -> widths.getPseudoClassStates().contains(INVALID)));
        assertThat(onFx(() -> robot.lookup(".field-error").queryAllAs(Label.class).stream()
                        .filter(Node::isVisible)
                        .map(Label::getText)
                        .toList()))
                .anySatisfy(error -> assertThat(error).contains("hidden width").contains("0"));
        assertThat(isDisabled("#runSweepButton"))
                .as("Run waits for a valid spec")
                .isTrue();

        replaceText("#specWidthsField", "8");
        replaceText("#specGridField", "0:0.02:0.01");
        replaceText("#specMaxEpochsField", "5");
        robot.interact(
                () -> robot.lookup("#modeChoice").queryAs(ChoiceBox.class).setValue(SweepMode.UP));
        await(
                "the width valid again",
                10,
                () -> onFx(() -> !widths.getPseudoClassStates().contains(INVALID)));
        await(
                "the estimate of the fixed spec",
                90,
                () -> text("#wallTimeEstimate").matches("≈ .+ \\(.+ s per epoch, measured\\)")
                        && !isDisabled("#runSweepButton"));
        assertThat(text("#sweepSummary")).contains("16-8-3 sigmoid").contains("3 steps");

        scrollTo("#runSweepButton");
        robot.clickOn("#runSweepButton");
        await("the custom sweep to finish", 120, () -> text("#statusMessage").startsWith("Sweep complete"));

        try (Stream<Path> folders = Files.list(sweeps)) {
            Path folder = folders.findFirst().orElseThrow();
            assertThat(folder.getFileName().toString()).startsWith("custom-");
            SweepSpec spec = SweepFolder.open(folder).spec();
            assertThat(spec.name()).isEqualTo("custom");
            assertThat(spec.network().describe()).isEqualTo("16-8-3 sigmoid");
            assertThat(spec.options().maxEpochs()).isEqualTo(5);
            assertThat(spec.grid().values()).containsExactly(0, 0.01, 0.02);
            assertThat(SweepFolder.open(folder).points()).hasSize(3);
        }
    }

    private void choose(ChoiceBox<SweepChoice> preset, String label) {
        robot.interact(() -> preset.getItems().stream()
                .filter(c -> c.label().equals(label))
                .findFirst()
                .ifPresent(preset::setValue));
    }

    /** Scrolls the sidebar to the field, selects its text and types {@code text} over it, then Enter. */
    private void replaceText(String query, String text) {
        scrollTo(query);
        robot.clickOn(query);
        robot.push(KeyCode.SHORTCUT, KeyCode.A);
        robot.write(text);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Scrolls the scroll pane around {@code query}'s node so that the node shows, as a user scrolls to it. */
    private void scrollTo(String query) {
        robot.interact(() -> {
            Node node = robot.lookup(query).query();
            for (Node n = node.getParent(); n != null; n = n.getParent()) {
                if (n instanceof ScrollPane scroll) {
                    Node content = scroll.getContent();
                    double y = content.sceneToLocal(node.localToScene(0, 0)).getY();
                    double room = content.getLayoutBounds().getHeight()
                            - scroll.getViewportBounds().getHeight();
                    scroll.setVvalue(room <= 0 ? 0 : Math.max(0, Math.min(1, (y - 60) / room)));
                    scroll.layout();
                    return;
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean isDisabled(String query) throws Exception {
        return onFx(() -> robot.lookup(query).query().isDisabled());
    }
}
