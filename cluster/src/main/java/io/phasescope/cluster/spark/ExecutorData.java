package io.phasescope.cluster.spark;

import io.phasescope.model.data.DataRequest;
import io.phasescope.model.data.DatasetSplit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The data sets of this JVM's tasks, each loaded (and its IDX files verified by SHA-256) once per executor JVM and
 * shared read-only by the tasks that need it.
 */
final class ExecutorData {

    private static final Logger LOG = LoggerFactory.getLogger(ExecutorData.class);
    private static final Map<DataRequest, DatasetSplit> LOADED = new ConcurrentHashMap<>();

    private ExecutorData() {}

    /** The data {@code request} names, loaded on first use. */
    static DatasetSplit load(DataRequest request) {
        return LOADED.computeIfAbsent(request, r -> r.load(LOG::info));
    }
}
