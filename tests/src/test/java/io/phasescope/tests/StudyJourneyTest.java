package io.phasescope.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasescope.app.config.GuiConfig;
import io.phasescope.app.gui.main.MainWindow;
import io.phasescope.model.io.FolderLock;
import io.phasescope.model.study.StudyFolder;
import io.phasescope.model.study.StudyTask;
import io.phasescope.model.study.TinyStudy;
import io.phasescope.model.sweep.SweepFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File → Open study… on a real study folder (seeds 1 and 2 of a tiny sweep, both finished), headless: the study
 * window lists both seeds checked, Overlay shows them together on the Phase diagram with each transition's λc as mean
 * ± spread across the seeds; a running study's overlay grows as its sweep is written; a folder that is not a study
 * gets a clear error. The folder chooser is the platform's, so the journey hands the folder to
 * {@link MainWindow#openStudy} as the chooser would.
 */
class StudyJourneyTest extends AppJourney {

    @TempDir
    Path root;

    private Path study;

    @Override
    protected GuiConfig config() {
        return new GuiConfig(null, root.resolve("sweeps"));
    }

    @Override
    protected void beforeStart() throws Exception {
        study = Files.createDirectories(root.resolve("study"));
        TinyStudy.run(study, TinyStudy.SEEDS, 2);
    }

    @Test
    void openAStudyAndOverlayItsTwoSeedsOnThePhaseDiagram() throws Exception {
        openStudy(study);
        await("the study's seeds are listed", 20, () -> checks().size() == 2);
        assertThat(text("#studyTitle")).isEqualTo("Study 'tiny-seeds' in " + study + ": 2 of 2 done");
        assertThat(onFx(() -> checks().stream().allMatch(CheckBox::isSelected)))
                .as("both seeds checked")
                .isTrue();
        assertThat(ChartReads.lines(robot, "#studySpreadList"))
                .contains("patterns-sigmoid-8-lr0.01: 2 of 2 seeds finished")
                .anySatisfy(line -> assertThat(line).contains("(2 seeds: 1, 2), loses {"));
        int cells = onFx(() ->
                robot.lookup("#studyHierarchy").query().lookupAll(".label").size());
        assertThat(cells).as("a header and at least one level").isGreaterThanOrEqualTo(4);

        robot.clickOn("#overlayStudyButton");

        await("both seeds on the Phase diagram", 30, () -> seriesShown().containsAll(List.of("seed 1", "seed 2")));
        assertThat(ChartReads.lines(robot, "#seedSpreadList"))
                .anySatisfy(line -> assertThat(line).contains(" ± ").contains("seeds: 1, 2"));
        assertThat(onFx(() -> robot.lookup("#mainTabs")
                        .queryAs(TabPane.class)
                        .getSelectionModel()
                        .getSelectedItem()
                        .getId()))
                .isEqualTo("phaseTab");
    }

    @Test
    void seedOneAtTwoLearningRatesIsOverlaidAsTwoWalksNamedByTheirRate() throws Exception {
        Path rates = Files.createDirectories(root.resolve("rates"));
        TinyStudy.run(rates, TinyStudy.RATES, 3);
        openStudy(rates);
        await("the study's sweeps are listed", 20, () -> checks().size() == 4);
        robot.clickOn(checks().get(1)); // lr 0.01 seed 2 off
        robot.clickOn(checks().get(2)); // lr 0.03 seed 1 on

        robot.clickOn("#overlayStudyButton");

        await(
                "seed 1 at both rates on the Phase diagram",
                30,
                () -> seriesShown().containsAll(List.of("lr 0.01 · seed 1", "lr 0.03 · seed 1")));
        assertThat(ChartReads.lines(robot, "#transitionsList"))
                .anySatisfy(line -> assertThat(line).startsWith("up · lr 0.01 · seed 1"))
                .anySatisfy(line -> assertThat(line).startsWith("up · lr 0.03 · seed 1"));
        assertThat(ChartReads.lines(robot, "#seedSpreadList"))
                .as("one seed per rate: no spread pooled across rates")
                .isEmpty();
    }

    @Test
    void theOverlayOfARunningStudyGrowsAsItsSweepIsWritten() throws Exception {
        Path live = Files.createDirectories(root.resolve("live"));
        StudyFolder folder = TinyStudy.run(live, TinyStudy.SEEDS, 1);
        StudyTask second = TinyStudy.SEEDS.tasks().get(1);
        Path whole = study.resolve(StudyFolder.SWEEPS).resolve(second.id());
        List<String> rows = TinyStudy.startWriting(folder, second, whole, 4);
        Path written = folder.sweepFolder(second);
        Path points = written.resolve(SweepFolder.POINTS);
        try (FolderLock writer = FolderLock.acquire(written)) {
            openStudy(live);
            await(
                    "both seeds listed and checked",
                    20,
                    () -> checks().size() == 2 && onFx(() -> checks().stream().allMatch(CheckBox::isSelected)));

            robot.clickOn("#overlayStudyButton");
            await("seed 2's first four points on the Phase diagram", 30, () -> pointsOf("seed 2") == 4);

            Files.write(points, rows.subList(1 + 4, rows.size()), StandardOpenOption.APPEND);
            await("seed 2's other points arrive as they are written", 30, () -> pointsOf("seed 2") == rows.size() - 1);
        }
    }

    @Test
    void aFolderThatIsNotAStudyGetsAClearError() throws Exception {
        Path plain = Files.createDirectories(root.resolve("plain"));

        openStudy(plain);

        await(
                "the error shows",
                20,
                () -> onFx(
                        () -> robot.lookup("#studyError").queryAs(Label.class).isVisible()));
        assertThat(text("#studyError"))
                .isEqualTo("Cannot open the study in " + plain + ": " + plain
                        + " is not a study folder: it has no study.json (phasescope study --spec STUDY.json --out "
                        + plain + " makes one)");
        assertThat(onFx(() -> robot.lookup("#overlayStudyButton").query().isDisabled()))
                .isTrue();
    }

    private void openStudy(Path folder) {
        robot.interact(
                () -> robot.lookup(".main-window").queryAs(MainWindow.class).openStudy(folder));
    }

    private List<CheckBox> checks() {
        return new ArrayList<>(robot.lookup("#studyTasks").lookup(".check-box").queryAllAs(CheckBox.class));
    }

    /** The points drawn of the first series of {@code seed} ("seed N") in the Phase diagram's loss panel. */
    private int pointsOf(String seed) throws Exception {
        return onFx(() -> {
            XYDataset losses =
                    ChartReads.subplot(robot, "#phaseMetricsChart", 0).getDataset(0);
            for (int s = 0; losses != null && s < losses.getSeriesCount(); s++) {
                if (losses.getSeriesKey(s).toString().endsWith(seed)) {
                    return losses.getItemCount(s);
                }
            }
            return 0;
        });
    }

    /**
     * "seed N" of each walk drawn in the loss panel of the Phase diagram's metrics chart, with its variant ("lr 0.03 ·
     * seed 1") when overlaid sweeps share a seed.
     */
    private List<String> seriesShown() throws Exception {
        return onFx(() -> {
            XYPlot losses = ChartReads.subplot(robot, "#phaseMetricsChart", 0);
            List<String> seeds = new ArrayList<>();
            for (int s = 0;
                    losses.getDataset(0) != null && s < losses.getDataset(0).getSeriesCount();
                    s++) {
                String key = losses.getDataset(0).getSeriesKey(s).toString();
                String walk = key.substring(key.indexOf(" · ", key.indexOf(" · ") + 3) + 3);
                seeds.add(walk);
            }
            return seeds;
        });
    }
}
