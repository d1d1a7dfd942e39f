package io.phasescope.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasescope.app.training.DatasetChoice;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A user's first training run, end to end and headless: open the app, pick the Patterns data, set λ in
 * its text field, press Train, watch the loss chart fill, press Stop, and see the job end.
 */
class TrainingJourneyTest extends AppJourney {

    @Test
    void trainOnPatternsWatchTheLossThenStop() throws Exception {
        ChoiceBox<DatasetChoice> dataset = robot.lookup("#datasetChoice").queryAs(ChoiceBox.class);
        robot.interact(() -> dataset.setValue(DatasetChoice.PATTERNS));
        replaceText("#trainSizeField", "3000");
        replaceText("#batchSizeField", "4");
        replaceText("#maxEpochsField", "100000");
        replaceText("#patienceField", "100000");
        replaceText("#lambdaField", "1e-4");

        assertThat(onFx(() -> robot.lookup("#betaLabel").queryAs(Label.class).getText()))
                .isEqualTo("β = 2λ = 2e-4");
        assertThat(onFx(() ->
                        robot.lookup("#lambdaSlider").queryAs(Slider.class).getValue()))
                .isEqualTo(-4.0);

        robot.clickOn("#trainButton");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> batchLossPoints() >= 200);
        assertThat(isDisabled("#trainButton")).isTrue();
        assertThat(isDisabled("#stopButton")).isFalse();

        robot.clickOn("#stopButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !isDisabled("#trainButton"));

        assertThat(isDisabled("#stopButton")).isTrue();
        assertThat(isDisabled("#pauseButton")).isTrue();
        assertThat(onFx(() ->
                        robot.lookup("#statusMessage").queryAs(Label.class).getText()))
                .startsWith("Stopped in epoch");
        int points = batchLossPoints();
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        assertThat(batchLossPoints()).as("no minibatch after Stop").isEqualTo(points);
    }

    @Test
    void invalidFieldMessagesNeverPushTrainOutOfView() throws Exception {
        for (String field : new String[] {
            "#trainSizeField",
            "#testSizeField",
            "#widthsField",
            "#learningRateField",
            "#batchSizeField",
            "#maxEpochsField",
            "#patienceField",
            "#seedField",
            "#lambdaField"
        }) {
            javafx.scene.control.TextField input = robot.lookup(field).queryAs(javafx.scene.control.TextField.class);
            robot.interact(() -> input.setText("nonsense"));
        }
        WaitForAsyncUtils.sleep(600, TimeUnit.MILLISECONDS); // the fields parse once typing pauses (300 ms)
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(isDisabled("#trainButton"))
                .as("invalid fields disable Train")
                .isTrue();
        assertThat(onFx(() -> {
                    javafx.scene.Node train = robot.lookup("#trainButton").query();
                    javafx.scene.Node sidebar = train;
                    while (!(sidebar instanceof javafx.scene.control.ScrollPane)) {
                        sidebar = sidebar.getParent();
                    }
                    var viewport = sidebar.localToScene(sidebar.getLayoutBounds());
                    return viewport.contains(train.localToScene(train.getLayoutBounds()));
                }))
                .as("Train stays in the sidebar's view")
                .isTrue();
    }

    private void replaceText(String query, String text) {
        robot.clickOn(query);
        robot.push(KeyCode.SHORTCUT, KeyCode.A);
        robot.write(text);
        robot.type(KeyCode.ENTER);
    }

    private boolean isDisabled(String query) throws Exception {
        return onFx(() -> robot.lookup(query).query().isDisabled());
    }

    private int batchLossPoints() throws Exception {
        return onFx(() -> {
            Node node = robot.lookup("#batchLossChart").query();
            return ((ChartViewer) node).getChart().getXYPlot().getDataset().getItemCount(0);
        });
    }
}
