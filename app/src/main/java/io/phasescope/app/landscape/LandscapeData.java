package io.phasescope.app.landscape;

import io.phasescope.model.data.DataCache;
import io.phasescope.model.data.DataRequest;
import io.phasescope.model.data.DatasetSplit;
import java.nio.file.Path;

/**
 * The data the landscape evaluates on: a stratified training subset of {@value #TRAIN_SIZE} images (for
 * training losses along paths and for fitting Bézier curves) and the chosen number of test images, of the
 * dataset the model was trained on. Loaded once per (dataset, test size), thread-safe.
 */
public final class LandscapeData {

    /** Training images used by paths. */
    static final int TRAIN_SIZE = 10_000;
    /** Threads of a slice: one per core. */
    static final int WORKERS = 2;

    private final Path folder;
    private final DataCache cache = new DataCache();

    /** @param folder a folder of IDX files, or null for the verified download cache */
    public LandscapeData(Path folder) {
        this.folder = folder;
    }

    /** The data of {@code kind}; the synthetic patterns are small, so all of them (the test size is ignored). */
    public DatasetSplit split(DataRequest.Kind kind, int testSize) {
        return cache.get(request(kind, testSize), message -> {});
    }

    /** The request behind {@link #split}, as recorded in the sweeps of Pathfinder paths. */
    DataRequest request(DataRequest.Kind kind, int testSize) {
        return kind.synthetic()
                ? new DataRequest(kind, 0, 0, 1, folder)
                : new DataRequest(kind, TRAIN_SIZE, testSize, 1, folder);
    }
}
