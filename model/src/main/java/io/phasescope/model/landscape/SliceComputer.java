package io.phasescope.model.landscape;

import io.phasescope.model.data.Dataset;
import io.phasescope.model.train.CancelledException;
import io.phasescope.model.train.Engines;
import io.phasescope.model.train.JobControl;
import io.phasescope.model.train.TrainingEngine;
import io.phasescope.model.train.TrainingOptions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Evaluates a slice on both cores, coarse to fine: first every 8th grid point in each direction, then
 * every 4th, 2nd and finally all, so that a first picture arrives at once and sharpens. A snapshot is reported
 * after each level and, within a level, at most every 250 ms. Each worker thread
 * owns one engine for the whole slice; cancellation is honoured before every point.
 */
public final class SliceComputer {

    /** Within a level, snapshots are reported at most this often (so the last, largest level shows progress). */
    static final long REPORT_INTERVAL_NANOS = 250_000_000L;

    private SliceComputer() {}

    /** Computes the slice, reporting snapshots as it goes (see above); returns the complete grid. */
    public static SliceGrid compute(
            SliceSpec spec, Dataset data, int workers, SliceListener listener, JobControl control) {
        int n = spec.resolution();
        int rows = spec.isOneDimensional() ? 1 : n;
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = spec.a(i);
        }
        double[] b = new double[rows];
        for (int j = 0; j < rows; j++) {
            b[j] = spec.isOneDimensional() ? 0 : spec.b(j);
        }
        double[][] values = new double[rows][n];
        for (double[] row : values) {
            Arrays.fill(row, Double.NaN);
        }
        AtomicInteger computed = new AtomicInteger();
        AtomicLong lastReport = new AtomicLong(System.nanoTime());
        List<TrainingEngine> engines = new ArrayList<>();
        ThreadLocal<TrainingEngine> engine = ThreadLocal.withInitial(() -> {
            TrainingEngine created = Engines.create(spec.architecture(), spec.origin(), TrainingOptions.defaults());
            synchronized (engines) {
                engines.add(created);
            }
            return created;
        });
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, workers), runnable -> {
            Thread thread = new Thread(runnable, "slice");
            thread.setDaemon(true);
            return thread;
        });
        try {
            for (int stride : strides(n)) {
                List<int[]> level = levelPoints(n, rows, stride);
                AtomicInteger next = new AtomicInteger();
                List<Future<?>> tasks = new ArrayList<>();
                for (int w = 0; w < Math.max(1, workers); w++) {
                    tasks.add(pool.submit(() -> {
                        TrainingEngine mine = engine.get();
                        for (int k = next.getAndIncrement(); k < level.size(); k = next.getAndIncrement()) {
                            control.checkpoint();
                            int[] point = level.get(k);
                            float[] theta =
                                    Directions.at(spec.origin(), spec.d1(), spec.d2(), a[point[0]], b[point[1]]);
                            mine.setParameters(theta);
                            double value = spec.quantity().value(mine.predict(data), data, theta);
                            synchronized (values) {
                                values[point[1]][point[0]] = value;
                            }
                            computed.incrementAndGet();
                            long now = System.nanoTime();
                            long last = lastReport.get();
                            if (now - last > REPORT_INTERVAL_NANOS && lastReport.compareAndSet(last, now)) {
                                listener.onLevel(snapshot(a, b, values, computed.get(), rows * n));
                            }
                        }
                        return null;
                    }));
                }
                for (Future<?> task : tasks) {
                    await(task, tasks);
                }
                lastReport.set(System.nanoTime());
                listener.onLevel(snapshot(a, b, values, computed.get(), rows * n));
            }
        } finally {
            pool.shutdownNow();
            awaitTermination(pool);
            engines.forEach(TrainingEngine::close);
        }
        return snapshot(a, b, values, computed.get(), rows * n);
    }

    /** Strides of the refinement levels, e.g. 8, 4, 2, 1 (only those below the resolution). */
    static int[] strides(int n) {
        List<Integer> strides = new ArrayList<>();
        for (int s = 8; s > 1; s /= 2) {
            if (s < n - 1) {
                strides.add(s);
            }
        }
        strides.add(1);
        return strides.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The points first reached at this stride: on the stride's lattice but not on any coarser one. */
    private static List<int[]> levelPoints(int n, int rows, int stride) {
        List<int[]> points = new ArrayList<>();
        for (int j = 0; j < rows; j++) {
            for (int i = 0; i < n; i++) {
                boolean onLattice = i % stride == 0 && (rows == 1 || j % stride == 0);
                boolean onCoarser = stride < 8
                        && i % (2 * stride) == 0
                        && (rows == 1 || j % (2 * stride) == 0)
                        && 2 * stride < n - 1;
                if (onLattice && !onCoarser) {
                    points.add(new int[] {i, j});
                }
            }
        }
        return points;
    }

    private static SliceGrid snapshot(double[] a, double[] b, double[][] values, int computed, int total) {
        double[][] copy = new double[values.length][];
        synchronized (values) {
            for (int j = 0; j < values.length; j++) {
                copy[j] = values[j].clone();
            }
        }
        return new SliceGrid(a, b, copy, computed, total);
    }

    private static void awaitTermination(ExecutorService pool) {
        try {
            pool.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(Future<?> task, List<Future<?>> all) {
        try {
            task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            all.forEach(f -> f.cancel(true));
            throw new CancelledException();
        } catch (ExecutionException e) {
            all.forEach(f -> f.cancel(true));
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
