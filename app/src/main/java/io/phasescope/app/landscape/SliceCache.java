package io.phasescope.app.landscape;

import java.util.LinkedHashMap;
import java.util.Map;

/** Complete slices by request, least recently used dropped beyond {@value #CAPACITY}. UI thread only. */
public final class SliceCache {

    static final int CAPACITY = 24;

    private final Map<SliceRequest, SliceResult> slices = new LinkedHashMap<>(32, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<SliceRequest, SliceResult> eldest) {
            return size() > CAPACITY;
        }
    };

    public SliceResult get(SliceRequest request) {
        return slices.get(request);
    }

    public void put(SliceResult result) {
        if (result.grid().complete()) {
            slices.put(result.request(), result);
        }
    }

    public int size() {
        return slices.size();
    }
}
