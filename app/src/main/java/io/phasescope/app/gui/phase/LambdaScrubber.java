package io.phasescope.app.gui.phase;

import io.phasescope.app.gui.controls.Controls;
import io.phasescope.app.phase.BranchKey;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.util.StringConverter;

/**
 * The λ slider over the sweep's grid, with the walk it moves along and whether it follows the running
 * sweep. Dragging selects the nearest grid point; releasing between two grid points probes there. One row when it
 * fits; on a narrow view the point's text and "Follow the sweep" move to a second row, so that the slider keeps its
 * width and nothing is cut.
 */
final class LambdaScrubber extends VBox {

    /** The slider never gets narrower than this (px): about 5 px per grid point of a 64-point sweep. */
    private static final double SLIDER_MIN_WIDTH = 320;

    private final PhaseViewModel viewModel;
    private final Slider slider = new Slider(0, 1, 0);

    LambdaScrubber(PhaseViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("lambda-scrubber");
        setId("lambdaScrubber");
        // never squeezed below its rows: the model cards below must not slide over its text
        setMinHeight(USE_PREF_SIZE);
        Label title = Controls.styled(new Label("Model at"), "scrubber-title");
        title.setMinWidth(Label.USE_PREF_SIZE);
        ChoiceBox<BranchKey> branch = new ChoiceBox<>(viewModel.shown().branches());
        branch.setId("branchChoice");
        branch.setMinWidth(ChoiceBox.USE_PREF_SIZE);
        branch.valueProperty().bindBidirectional(viewModel.scrubber().branchProperty());
        Controls.tip(branch, "The branch and seed whose models the slider shows.");

        slider.setId("sweepLambdaSlider");
        slider.setShowTickMarks(true);
        slider.setShowTickLabels(true);
        slider.setMinorTickCount(0);
        slider.setBlockIncrement(1);
        slider.setMaxWidth(Double.MAX_VALUE);
        slider.setMinWidth(SLIDER_MIN_WIDTH);
        Controls.tip(
                slider,
                "Drag to scrub the sweep; release between two grid points to train a probe there. "
                        + "Space plays and pauses, ← and → step.");
        HBox.setHgrow(slider, Priority.ALWAYS);
        viewModel.shown().gridSizeProperty().addListener((obs, old, size) -> layoutTicks());
        viewModel.settings().unitProperty().addListener((obs, old, unit) -> layoutTicks());
        layoutTicks();
        slider.valueProperty().bindBidirectional(viewModel.scrubber().sliderPositionProperty());
        slider.valueChangingProperty()
                .addListener((obs, was, changing) ->
                        viewModel.scrubber().sliderChangingProperty().set(changing));

        Label where = Controls.styled(new Label(), "scrubber-text");
        where.setId("sliderLabel");
        where.textProperty().bind(viewModel.scrubber().sliderTextProperty());
        // one width for every text it shows, so the slider beside it keeps its length while dragging
        where.fontProperty().addListener((obs, old, font) -> fixWidth(where));
        fixWidth(where);
        CheckBox follow = Controls.check(
                "followCheck",
                "Follow the sweep",
                viewModel.scrubber().followProperty(),
                "Keep the slider on the newest point while the sweep runs.");
        follow.setMinWidth(CheckBox.USE_PREF_SIZE);
        HBox top = new HBox(10, title, branch, slider);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox details = new HBox(10);
        details.setAlignment(Pos.CENTER_LEFT);
        details.managedProperty().bind(details.visibleProperty());
        getChildren().addAll(top, details);
        widthProperty().addListener((obs, old, width) -> {
            double oneRow = title.prefWidth(-1)
                    + branch.prefWidth(-1)
                    + SLIDER_MIN_WIDTH
                    + where.prefWidth(-1)
                    + follow.prefWidth(-1)
                    + 4 * top.getSpacing()
                    + getInsets().getLeft()
                    + getInsets().getRight()
                    + slider.getInsets().getLeft()
                    + slider.getInsets().getRight();
            HBox row = width.doubleValue() >= oneRow ? top : details;
            if (where.getParent() != row) {
                ((HBox) where.getParent()).getChildren().removeAll(where, follow);
                row.getChildren().addAll(where, follow);
            }
            details.setVisible(row == details);
        });
        top.getChildren().addAll(where, follow);
        details.setVisible(false);
    }

    /** The longest text the slider's label shows, in λ and β units: its width is the label's. */
    static final String WIDEST_TEXT = "λ = 0.0000000 (β = 0.0000000) · release to probe here";

    private static void fixWidth(Label where) {
        Text widest = new Text(WIDEST_TEXT);
        widest.setFont(where.getFont());
        double width = Math.ceil(widest.getLayoutBounds().getWidth()) + 8;
        where.setMinWidth(width);
        where.setPrefWidth(width);
    }

    /** Ticks about every sixth of the grid, labelled in the current unit. */
    private void layoutTicks() {
        int size = viewModel.shown().gridSizeProperty().get();
        slider.setDisable(size < 2);
        slider.setMax(Math.max(1, size - 1));
        slider.setMajorTickUnit(Math.max(1, niceStep((size - 1) / 6.0)));
        slider.setLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Double value) {
                // the end of the grid gets no label when it sits too close to the last major tick to fit one
                double unit = slider.getMajorTickUnit();
                double beyond = value % unit;
                if (value == slider.getMax() && beyond > 0 && beyond < unit / 2) {
                    return "";
                }
                return viewModel.scrubber().tickLabel(value);
            }

            @Override
            public Double fromString(String text) {
                return 0.0;
            }
        });
        // the slider lays out its tick labels again only when they are switched off and on
        slider.setShowTickLabels(false);
        slider.setShowTickLabels(true);
    }

    /** 1, 2, 5, 10, 20, 25, 50, … at or above {@code raw}. */
    static double niceStep(double raw) {
        if (raw <= 1) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * magnitude >= raw) {
                return Math.round(m * magnitude);
            }
        }
        return Math.round(10 * magnitude);
    }
}
