package io.phasescope.app.gui.landscape;

import java.util.LinkedHashMap;
import java.util.Map;

/** Complete slices by request, least recently used dropped beyond {@value #CAPACITY}. UI thread only. */
final class SliceCache {

    static final int CAPACITY = 24;

    private final Map<SliceRequest, SliceResult> slices = new LinkedHashMap<>(32, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<SliceRequest, SliceResult> eldest) {
            return size() > CAPACITY;
        }
    };

    SliceResult get(SliceRequest request) {
        return slices.get(request);
    }

    void put(SliceResult result) {
        if (result.grid().complete()) {
            slices.put(result.request(), result);
        }
    }

    int size() {
        return slices.size();
    }
}
