package io.phasescope.app.gui.lesson;

import io.phasescope.app.gui.controls.Controls;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The lesson panel: "Step k of n", the step's title and text, the demo workspace while nothing is open, Back,
 * Next and Close.
 */
public final class LessonPane extends VBox {

    /** Held so that the view model lives as long as the pane. */
    private final LessonViewModel viewModel;

    public LessonPane(LessonViewModel viewModel) {
        this.viewModel = viewModel;
        setId("lessonPane");
        getStyleClass().addAll("settings-pane", "lesson-pane");
        setPrefWidth(330);
        Label counter = Controls.styled(new Label(), "section-title");
        counter.setWrapText(true); // presenter mode's large type: two lines rather than an ellipsis
        counter.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> "CLASSROOM LESSON · STEP "
                                + (viewModel.indexProperty().get() + 1) + " OF "
                                + viewModel.steps().size(),
                        viewModel.indexProperty()));
        Label title = Controls.styled(new Label(), "card-title");
        title.setId("lessonTitle");
        title.setWrapText(true);
        title.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> viewModel.stepProperty().get().title(), viewModel.stepProperty()));
        Label text = new Label();
        text.setId("lessonText");
        text.setWrapText(true);
        text.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> viewModel.stepProperty().get().text(), viewModel.stepProperty()));
        Button back = Controls.button("lessonBackButton", viewModel.backCommand(), "The previous step.");
        Button next = Controls.button(
                "lessonNextButton", viewModel.nextCommand(), "The next step: it sets up the views it talks about.");
        next.getStyleClass().add("primary");
        Button close = Controls.tip(new Button("Close"), "Close the lesson (F1 opens it again).");
        close.setOnAction(e -> viewModel.openProperty().set(false));
        Label demoHint = new Label("Nothing is open yet. The demo workspace holds a finished sweep up and down λ,"
                + " its spectra and two trained minima, so every step works at once.");
        demoHint.setWrapText(true);
        Button demo = Controls.button(
                "lessonDemoButton",
                viewModel.openDemoCommand(),
                "Open the demo workspace: a finished sweep up and down, its spectra and two minima, "
                        + "ready for every step.");
        VBox offer = new VBox(6, demoHint, demo);
        offer.setId("lessonDemoOffer");
        offer.visibleProperty().bind(viewModel.offerDemoProperty());
        offer.managedProperty().bind(offer.visibleProperty());
        Region space = new Region();
        VBox.setVgrow(space, Priority.ALWAYS);
        setSpacing(10);
        getChildren().addAll(counter, title, text, offer, space, Controls.buttonRow(back, next, close));
    }
}
