package io.phasescope.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasescope.app.gui.main.MainWindow;
import io.phasescope.model.study.TinyStudy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Tooltips on every control, checked on the running app: every button, check box, text field, choice box, combo box,
 * slider and spinner of every tab and inner tab, of the lesson panel, of the figure dialog and of the study window (on
 * a real tiny study) has a tooltip with text. The menu bar is left out (menu items cannot carry tooltips; they are
 * labelled and listed under Help).
 */
class TooltipAuditTest extends AppJourney {

    @Test
    void everyControlExplainsItself() throws Exception {
        Set<String> missing = new LinkedHashSet<>();
        int audited = 0;
        robot.press(KeyCode.F1).release(KeyCode.F1); // the lesson panel
        WaitForAsyncUtils.waitForFxEvents();
        for (String tab : List.of("#trainingTab", "#phaseTab", "#landscapeTab", "#curvatureTab")) {
            robot.clickOn(tab);
            WaitForAsyncUtils.waitForFxEvents();
            for (TabPane inner : onFx(() -> robot.lookup(".chart-tabs").queryAllAs(TabPane.class).stream()
                    .filter(Node::isVisible)
                    .toList())) {
                for (Tab t : onFx(inner::getTabs)) {
                    robot.interact(() -> inner.getSelectionModel().select(t));
                    audited += audit(onFx(() -> inner.getScene().getRoot()), missing);
                }
            }
            audited += audit(
                    onFx(() -> robot.lookup("#trainingTab").query().getScene().getRoot()), missing);
        }

        robot.clickOn("#trainingTab");
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(
                10,
                java.util.concurrent.TimeUnit.SECONDS,
                () -> !robot.lookup(".dialog-pane").queryAll().isEmpty());
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        int inDialog = audit(dialog, missing);
        Window window = onFx(() -> dialog.getScene().getWindow());
        robot.interact(window::hide);

        assertThat(inDialog).as("the figure dialog's controls").isGreaterThanOrEqualTo(10);
        assertThat(audited).as("controls audited in the main window").isGreaterThanOrEqualTo(60);
        assertThat(missing).as("controls without a tooltip").isEmpty();
    }

    @Test
    void everyControlOfTheStudyWindowExplainsItself(@TempDir Path dir) throws Exception {
        Path study = Files.createDirectories(dir.resolve("study"));
        TinyStudy.run(study, TinyStudy.VARIANTS, 3);
        robot.interact(
                () -> robot.lookup(".main-window").queryAs(MainWindow.class).openStudy(study));
        await(
                "the study's four sweeps are listed",
                30,
                () -> robot.lookup("#studyTasks")
                                .lookup(".check-box")
                                .queryAll()
                                .size()
                        == 4);
        Set<String> missing = new LinkedHashSet<>();

        int audited =
                audit(onFx(() -> robot.lookup("#studyTasks").query().getScene().getRoot()), missing);

        assertThat(audited).as("four sweep checks and two buttons").isGreaterThanOrEqualTo(6);
        assertThat(missing).as("controls without a tooltip").isEmpty();
    }

    /** Adds every control under {@code root} without tooltip text to {@code missing}; returns how many it saw. */
    private static int audit(Parent root, Set<String> missing) throws Exception {
        return onFx(() -> {
            List<Control> controls = new ArrayList<>();
            collect(root, controls);
            for (Control c : controls) {
                if (c.getTooltip() == null
                        || c.getTooltip().getText() == null
                        || c.getTooltip().getText().isBlank()) {
                    missing.add(describe(c));
                }
            }
            return controls.size();
        });
    }

    private static void collect(Node node, List<Control> into) {
        if (node instanceof MenuBar) {
            return;
        }
        if (node instanceof ButtonBase
                || node instanceof TextInputControl
                || node instanceof ChoiceBox
                || node instanceof ComboBoxBase
                || node instanceof Slider
                || node instanceof Spinner) {
            into.add((Control) node);
            return; // a spinner's or combo box's own parts are covered by it
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, into));
        }
    }

    private static String describe(Control c) {
        String text = c instanceof Labeled l ? " '" + l.getText() + "'" : "";
        return c.getClass().getSimpleName() + (c.getId() == null ? "" : " #" + c.getId()) + text;
    }
}
