package io.phasescope.app.gui.training;

import io.phasescope.app.gui.controls.Controls;
import io.phasescope.app.training.DigitPixels;
import io.phasescope.app.training.DigitSample;
import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;

/** One sample image with its predicted class, marked {@code :correct} or {@code :wrong}. */
final class DigitTile extends VBox {

    static final PseudoClass CORRECT = PseudoClass.getPseudoClass("correct");
    static final PseudoClass WRONG = PseudoClass.getPseudoClass("wrong");

    private static final double IMAGE_SIZE = 44;

    private final ImageView image = new ImageView();
    private final Label caption = Controls.styled(new Label(), "digit-caption");
    private final Tooltip tooltip = new Tooltip();
    private float[] shownPixels;

    DigitTile() {
        getStyleClass().add("digit-tile");
        image.setFitWidth(IMAGE_SIZE);
        image.setFitHeight(IMAGE_SIZE);
        caption.setMaxWidth(IMAGE_SIZE + 20);
        caption.setAlignment(Pos.CENTER);
        getChildren().addAll(image, caption);
        Tooltip.install(this, tooltip);
    }

    void show(DigitSample sample) {
        if (sample.pixels() != shownPixels) {
            shownPixels = sample.pixels();
            int scale = (int) Math.ceil(IMAGE_SIZE / sample.side());
            int width = sample.side() * scale;
            WritableImage picture = new WritableImage(width, width);
            picture.getPixelWriter()
                    .setPixels(
                            0,
                            0,
                            width,
                            width,
                            PixelFormat.getIntArgbInstance(),
                            DigitPixels.argb(sample.pixels(), sample.side(), scale),
                            0,
                            width);
            image.setImage(picture);
        }
        caption.setText(sample.predictedName());
        pseudoClassStateChanged(CORRECT, sample.hasPrediction() && sample.correct());
        pseudoClassStateChanged(WRONG, sample.hasPrediction() && !sample.correct());
        tooltip.setText(
                sample.hasPrediction()
                        ? String.format(
                                Locale.ROOT,
                                "true class %s, predicted %s (%.0f %% sure)",
                                sample.labelName(),
                                sample.predictedName(),
                                100 * sample.confidence())
                        : "true class " + sample.labelName());
    }
}
