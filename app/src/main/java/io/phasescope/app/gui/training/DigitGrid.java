package io.phasescope.app.gui.training;

import io.phasescope.app.training.DigitSample;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.layout.TilePane;

/** The sample test images in rows of {@link #COLUMNS}, following the view model's sample list. */
public final class DigitGrid extends TilePane {

    static final int COLUMNS = 8;

    private final List<DigitTile> tiles = new ArrayList<>();

    public DigitGrid(ObservableList<DigitSample> samples) {
        setId("digitGrid");
        getStyleClass().add("digit-grid");
        setPrefColumns(COLUMNS);
        setMaxWidth(USE_PREF_SIZE);
        samples.addListener((ListChangeListener<DigitSample>) change -> show(samples));
        show(samples);
    }

    private void show(List<DigitSample> samples) {
        while (tiles.size() < samples.size()) {
            tiles.add(new DigitTile());
        }
        getChildren().setAll(tiles.subList(0, samples.size()));
        for (int i = 0; i < samples.size(); i++) {
            tiles.get(i).show(samples.get(i));
        }
    }
}
