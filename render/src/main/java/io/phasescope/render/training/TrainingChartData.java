package io.phasescope.render.training;

import io.phasescope.model.train.BatchProgress;
import io.phasescope.model.train.Evaluation;
import java.util.List;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYDataItem;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The datasets behind the training charts of one run, fed with the trainer's records.
 *
 * <p>Not thread-safe: like the charts drawn from it, it must be confined to one thread (the UI thread
 * when the charts are on screen). Each append fires one change event per dataset, however many points
 * it adds, so a chart redraws once per append.
 */
public final class TrainingChartData {

    /** Most points kept in the minibatch series before they are thinned. */
    public static final int MAX_BATCH_POINTS = 4000;
    /** Series key of the raw minibatch losses. */
    public static final String MINIBATCH = "minibatch";
    /** Series key of the smoothed minibatch losses. */
    public static final String SMOOTHED = "smoothed";
    /** Series key of training-set metrics. */
    public static final String TRAIN = "train";
    /** Series key of test-set metrics. */
    public static final String TEST = "test";
    /** Row key of the per-class bars. */
    public static final String TEST_ACCURACY = "test accuracy";

    private static final double SMOOTHING = 0.95;

    private final XYSeries minibatch = series(MINIBATCH);
    private final XYSeries smoothed = series(SMOOTHED);
    private final XYSeries trainLoss = series(TRAIN);
    private final XYSeries testLoss = series(TEST);
    private final XYSeries trainAccuracy = series(TRAIN);
    private final XYSeries testAccuracy = series(TEST);
    private final XYSeriesCollection batchLoss = collection(minibatch, smoothed);
    private final XYSeriesCollection epochLoss = collection(trainLoss, testLoss);
    private final XYSeriesCollection epochAccuracy = collection(trainAccuracy, testAccuracy);
    private final DefaultCategoryDataset classAccuracy = new DefaultCategoryDataset();
    private final ExponentialSmoother smoother = new ExponentialSmoother(SMOOTHING);
    private List<String> classNames;
    private int stride = 1;
    private long seen;

    /** Empty data for a run over the classes named {@code classNames} (at least two). */
    public TrainingChartData(List<String> classNames) {
        reset(classNames);
    }

    /** Clears every series for a new run over the classes named {@code classNames} (at least two). */
    public void reset(List<String> classNames) {
        if (classNames == null || classNames.size() < 2) {
            throw new IllegalArgumentException("need at least two class names, got " + classNames);
        }
        this.classNames = List.copyOf(classNames);
        smoother.reset();
        stride = 1;
        seen = 0;
        for (XYSeries s : List.of(minibatch, smoothed, trainLoss, testLoss, trainAccuracy, testAccuracy)) {
            s.clear();
        }
        classAccuracy.setNotify(false);
        classAccuracy.clear();
        for (String name : this.classNames) {
            classAccuracy.addValue(null, TEST_ACCURACY, name);
        }
        classAccuracy.setNotify(true);
    }

    /**
     * Appends minibatch losses, in iteration order. Beyond {@value #MAX_BATCH_POINTS} points the series are
     * thinned to every other point and later minibatches are sampled at the doubled stride, so a long run
     * keeps the chart's cost bounded (the smoothed curve still sees every minibatch).
     */
    public void addBatches(List<BatchProgress> batches) {
        if (batches.isEmpty()) {
            return;
        }
        batchLoss.setNotify(false);
        for (BatchProgress b : batches) {
            double smooth = smoother.add(b.loss());
            if (seen++ % stride == 0) {
                minibatch.add(b.iteration(), b.loss(), false);
                smoothed.add(b.iteration(), smooth, false);
            }
        }
        if (minibatch.getItemCount() > MAX_BATCH_POINTS) {
            thin(minibatch);
            thin(smoothed);
            stride *= 2;
        }
        minibatch.fireSeriesChanged();
        smoothed.fireSeriesChanged();
        batchLoss.setNotify(true);
    }

    /** Appends the metrics after epoch {@code epoch} (1-based) and shows its per-class test accuracy. */
    public void addEpoch(int epoch, Evaluation evaluation) {
        if (evaluation.perClassAccuracy().length != classNames.size()) {
            throw new IllegalArgumentException("evaluation has " + evaluation.perClassAccuracy().length
                    + " classes, the charts " + classNames.size());
        }
        appendPair(epochLoss, epoch, evaluation.trainLoss(), evaluation.testLoss());
        appendPair(epochAccuracy, epoch, evaluation.trainAccuracy(), evaluation.testAccuracy());
        classAccuracy.setNotify(false);
        for (int c = 0; c < classNames.size(); c++) {
            double accuracy = evaluation.perClassAccuracy()[c];
            classAccuracy.setValue(Double.isNaN(accuracy) ? null : accuracy, TEST_ACCURACY, classNames.get(c));
        }
        classAccuracy.setNotify(true);
    }

    /** Points in the minibatch series (every minibatch until the series is thinned). */
    public int batchCount() {
        return minibatch.getItemCount();
    }

    /** Epochs appended since the last reset. */
    public int epochCount() {
        return trainLoss.getItemCount();
    }

    /** The class names of the current run, in class order. */
    public List<String> classNames() {
        return classNames;
    }

    /** Series {@link #MINIBATCH} and {@link #SMOOTHED}: loss in nats against iteration. */
    public XYSeriesCollection batchLoss() {
        return batchLoss;
    }

    /** Series {@link #TRAIN} and {@link #TEST}: mean loss in nats against epoch. */
    public XYSeriesCollection epochLoss() {
        return epochLoss;
    }

    /** Series {@link #TRAIN} and {@link #TEST}: accuracy in [0, 1] against epoch. */
    public XYSeriesCollection epochAccuracy() {
        return epochAccuracy;
    }

    /** Row {@link #TEST_ACCURACY}: the latest test accuracy of each class, by class name. */
    public DefaultCategoryDataset classAccuracy() {
        return classAccuracy;
    }

    /** Keeps every other item of {@code series}, without firing an event. */
    private static void thin(XYSeries series) {
        List<XYDataItem> kept = new java.util.ArrayList<>();
        for (int i = 0; i < series.getItemCount(); i += 2) {
            kept.add(series.getDataItem(i));
        }
        series.clear();
        for (XYDataItem item : kept) {
            series.add(item, false);
        }
    }

    /** Adds one point to each of the two series of {@code pair}, firing one event. */
    private static void appendPair(XYSeriesCollection pair, int x, double train, double test) {
        pair.setNotify(false);
        pair.getSeries(0).add(x, train);
        pair.getSeries(1).add(x, test);
        pair.setNotify(true);
    }

    private static XYSeries series(String key) {
        return new XYSeries(key, false, true);
    }

    private static XYSeriesCollection collection(XYSeries... series) {
        XYSeriesCollection c = new XYSeriesCollection();
        for (XYSeries s : series) {
            c.addSeries(s);
        }
        return c;
    }
}
