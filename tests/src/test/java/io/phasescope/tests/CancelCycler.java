package io.phasescope.tests;

import io.phasescope.model.data.DataRequest;
import io.phasescope.model.data.DatasetSplit;
import io.phasescope.model.landscape.Directions;
import io.phasescope.model.landscape.SliceComputer;
import io.phasescope.model.landscape.SliceQuantity;
import io.phasescope.model.landscape.SliceSpec;
import io.phasescope.model.net.NetworkSpec;
import io.phasescope.model.net.XavierInit;
import io.phasescope.model.train.CancelledException;
import io.phasescope.model.train.Engines;
import io.phasescope.model.train.JobControl;
import io.phasescope.model.train.Trainer;
import io.phasescope.model.train.TrainingEngine;
import io.phasescope.model.train.TrainingListener;
import io.phasescope.model.train.TrainingOptions;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A child process for {@link CancelMemoryTest}: starts and cancels a training and a slice of the paper network
 * {@code cycles} times (each cancelled from another thread after 150 ms) and prints its resident set after
 * each cycle as {@code rss CYCLE KiB}.
 */
public final class CancelCycler {

    private CancelCycler() {}

    public static void main(String[] args) throws Exception {
        int cycles = Integer.parseInt(args[0]);
        DatasetSplit data = new DataRequest(DataRequest.Kind.MNIST, 2000, 2000, 1, null).load(m -> {});
        NetworkSpec spec = NetworkSpec.paper(1);
        float[] theta = XavierInit.initialize(spec);
        SliceSpec slice = new SliceSpec(
                spec,
                theta,
                Directions.filterNormalized(spec, theta, 1, Directions.BiasMode.ZERO),
                Directions.filterNormalized(spec, theta, 2, Directions.BiasMode.ZERO),
                -1,
                1,
                -1,
                1,
                41,
                SliceQuantity.loss());
        for (int cycle = 1; cycle <= cycles; cycle++) {
            JobControl training = cancelledSoon();
            try (TrainingEngine engine = Engines.create(spec, theta, TrainingOptions.defaults())) {
                Trainer.fit(engine, data, TrainingOptions.defaults(), TrainingListener.none(), training, false);
            } catch (CancelledException expected) {
                // the point of the cycle
            }
            try {
                SliceComputer.compute(slice, data.test(), 2, level -> {}, cancelledSoon());
            } catch (CancelledException expected) {
                // the point of the cycle
            }
            System.gc();
            long rss = Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(l -> l.startsWith("VmRSS:"))
                    .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", "")))
                    .findFirst()
                    .orElseThrow();
            System.out.println("rss " + cycle + " " + rss);
            System.out.flush();
        }
    }

    private static JobControl cancelledSoon() {
        JobControl control = new JobControl();
        Thread canceller = new Thread(() -> {
            try {
                Thread.sleep(150);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            control.cancel();
        });
        canceller.setDaemon(true);
        canceller.start();
        return control;
    }
}
