package io.phasescope.app.gui.curvature;

import io.phasescope.app.curvature.ToyReadout;
import io.phasescope.model.toy.DeepLinearToy;
import io.phasescope.model.toy.ToyDiagram;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * The toy-model lesson: Ziyin and Ueda's scalar deep linear network at depth 2 (a continuous transition) and
 * depth 3 (first order, with a fold and hysteresis), signal s = {@value #STRENGTH}, on λ from 0 to
 * {@value #LAMBDA_MAX}; a λ the student drags, and a sentence per depth on what the landscape looks like there.
 */
public final class ToyLessonViewModel {

    /** The signal s = E[xy] of both toys. */
    public static final double STRENGTH = 1;
    /** The largest λ of the lesson; both transitions lie below it. */
    public static final double LAMBDA_MAX = 0.6;
    /** λ at the start: both toys still hold their non-zero minimum. */
    public static final double START_LAMBDA = 0.1;

    private static final int GRID_POINTS = 241;

    private final DeepLinearToy depth2 = new DeepLinearToy(2, STRENGTH);
    private final DeepLinearToy depth3 = new DeepLinearToy(3, STRENGTH);
    private final ToyDiagram diagram2 = ToyDiagram.of(depth2, grid(depth2));
    private final ToyDiagram diagram3 = ToyDiagram.of(depth3, grid(depth3));
    private final DoubleProperty lambda = new SimpleDoubleProperty(this, "lambda", START_LAMBDA);
    private final ReadOnlyStringWrapper depth2Text = new ReadOnlyStringWrapper(this, "depth2Text");
    private final ReadOnlyStringWrapper depth3Text = new ReadOnlyStringWrapper(this, "depth3Text");

    ToyLessonViewModel() {
        lambda.addListener((obs, old, now) -> {
            double clamped = Math.max(0, Math.min(LAMBDA_MAX, now.doubleValue()));
            if (clamped != now.doubleValue()) {
                lambda.set(clamped);
                return;
            }
            describe();
        });
        describe();
    }

    /** Evenly spaced λ in [0, {@value #LAMBDA_MAX}] with λ_c and the fold added, so the branches end exactly there. */
    private static double[] grid(DeepLinearToy toy) {
        return DoubleStream.concat(
                        IntStream.range(0, GRID_POINTS).mapToDouble(k -> LAMBDA_MAX * k / (GRID_POINTS - 1)),
                        DoubleStream.of(toy.criticalLambda(), toy.foldLambda()))
                .sorted()
                .distinct()
                .toArray();
    }

    private void describe() {
        depth2Text.set(ToyReadout.describe(depth2, lambda.get()));
        depth3Text.set(ToyReadout.describe(depth3, lambda.get()));
    }

    /** The λ the student drags, clamped to [0, {@value #LAMBDA_MAX}]. */
    public DoubleProperty lambdaProperty() {
        return lambda;
    }

    /** The depth-2 toy. */
    public DeepLinearToy depth2() {
        return depth2;
    }

    /** The depth-3 toy. */
    public DeepLinearToy depth3() {
        return depth3;
    }

    /** The depth-2 phase diagram, on λ ∈ [0, {@value #LAMBDA_MAX}]. */
    public ToyDiagram diagram2() {
        return diagram2;
    }

    /** The depth-3 phase diagram, on λ ∈ [0, {@value #LAMBDA_MAX}]. */
    public ToyDiagram diagram3() {
        return diagram3;
    }

    /** What the depth-2 landscape looks like at λ. */
    public ReadOnlyStringProperty depth2TextProperty() {
        return depth2Text.getReadOnlyProperty();
    }

    /** What the depth-3 landscape looks like at λ. */
    public ReadOnlyStringProperty depth3TextProperty() {
        return depth3Text.getReadOnlyProperty();
    }
}
