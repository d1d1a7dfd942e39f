package io.phasescope.app.gui.main;

import io.phasescope.app.gui.common.Command;
import io.phasescope.app.gui.common.StatusModel;
import io.phasescope.app.gui.controls.Controls;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * Shows the full text of the latest error above the views until dismissed or replaced; when a data set cannot be
 * obtained, it offers the bundled demo workspace, which needs no download.
 */
final class ErrorBanner extends HBox {

    ErrorBanner(StatusModel status, Command openDemo) {
        getStyleClass().add("error-banner");
        setId("errorBanner");
        Label icon = Controls.styled(new Label("!"), "error-icon");
        Label message = Controls.styled(new Label(), "error-message");
        message.setId("errorMessage");
        message.setWrapText(true);
        message.textProperty().bind(status.messageProperty());
        message.setMaxWidth(Double.MAX_VALUE);
        // at most four lines (base.css), so a long message leaves the views their room; the whole text on hover
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(status.messageProperty());
        whole.setWrapText(true);
        whole.setMaxWidth(720);
        message.setTooltip(whole);
        HBox.setHgrow(message, Priority.ALWAYS);
        Button dismiss =
                Controls.tip(new Button("Dismiss"), "Hide this message; the status bar keeps it, no longer in red.");
        dismiss.setId("dismissErrorButton");
        dismiss.setOnAction(e -> status.dismissError());
        Button demo = Controls.button(
                "offerDemoButton", openDemo, "Open the bundled demo workspace: a finished sweep, no download needed.");
        demo.visibleProperty().bind(status.demoOfferedProperty());
        demo.managedProperty().bind(demo.visibleProperty());
        // the message wraps; the buttons never shrink to "…" however long it is
        dismiss.setMinWidth(Region.USE_PREF_SIZE);
        demo.setMinWidth(Region.USE_PREF_SIZE);
        message.setMinWidth(0);
        getChildren().addAll(icon, message, demo, dismiss);
        visibleProperty().bind(status.errorProperty());
        managedProperty().bind(visibleProperty());
    }
}
