package io.phasescope.model.data;

import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * The data of one request, loaded once and shared by the background jobs that need it (in the app, one cache per
 * view: the sweep on screen, the landscape). Holds one request's data at a time. Thread-safe: a second caller waits while the first loads.
 */
public final class DataCache {

    private DataRequest request;
    private DatasetSplit split;
    private Dataset samples;
    private int sampleCount;

    /** The data of {@code wanted}, loading it (and dropping other data) when not held. */
    public synchronized DatasetSplit get(DataRequest wanted, Consumer<String> progress) {
        if (!wanted.equals(request)) {
            split = null;
            samples = null;
            request = null;
            split = wanted.load(progress);
            request = wanted;
        }
        return split;
    }

    /** The first {@code count} test examples of {@code wanted}, the same object on every call. */
    public synchronized Dataset samples(DataRequest wanted, int count, Consumer<String> progress) {
        DatasetSplit data = get(wanted, progress);
        if (samples == null || sampleCount != count) {
            Dataset test = data.test();
            samples = test.subset(
                    test.name() + " samples",
                    IntStream.range(0, Math.min(count, test.size())).toArray());
            sampleCount = count;
        }
        return samples;
    }
}
