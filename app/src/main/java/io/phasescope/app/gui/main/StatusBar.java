package io.phasescope.app.gui.main;

import io.phasescope.app.gui.common.StatusModel;
import io.phasescope.app.gui.controls.Controls;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The message (first line; all of it as tooltip), the time estimate and a progress bar. */
final class StatusBar extends HBox {

    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");

    StatusBar(StatusModel status) {
        getStyleClass().add("status-bar");
        Label message = Controls.styled(new Label(), "status-message");
        message.setId("statusMessage");
        message.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> status.messageProperty().get().lines().findFirst().orElse(""), status.messageProperty()));
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(status.messageProperty());
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(640);
        message.setTooltip(tooltip);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        Label eta = Controls.styled(new Label(), "status-eta");
        eta.setId("statusEta");
        eta.textProperty().bind(status.etaProperty());
        ProgressBar progress = new ProgressBar();
        progress.setId("statusProgress");
        progress.progressProperty().bind(status.progressProperty());
        status.errorProperty().addListener((obs, was, error) -> pseudoClassStateChanged(ERROR, error));
        getChildren().addAll(message, eta, progress);
    }
}
