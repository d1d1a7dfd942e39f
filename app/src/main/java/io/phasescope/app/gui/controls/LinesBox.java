package io.phasescope.app.gui.controls;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** One wrapped label per line of a view model's list, or a placeholder while the list is empty. */
public final class LinesBox extends VBox {

    /** A box with id {@code id} showing {@code lines}, or {@code placeholder} while there are none. */
    public LinesBox(String id, ObservableList<String> lines, String placeholder) {
        setId(id);
        getStyleClass().add("lines-box");
        Label empty = Controls.styled(new Label(placeholder), "muted", "lines-placeholder");
        empty.setWrapText(true);
        Runnable show = () -> {
            if (lines.isEmpty()) {
                getChildren().setAll(empty);
                return;
            }
            getChildren()
                    .setAll(lines.stream()
                            .map(line -> {
                                Label label = Controls.styled(new Label(line), "line");
                                label.setWrapText(true);
                                return label;
                            })
                            .toList());
        };
        lines.addListener((ListChangeListener<String>) change -> show.run());
        show.run();
    }
}
