package io.phasescope.app.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackgroundTaskTest {

    private final List<String> calls = new ArrayList<>();
    private final DirectTaskExecutor executor = new DirectTaskExecutor();

    @Test
    void successDeliversTheResult() {
        executor.execute(track(BackgroundTask.of("ok", control -> 42)));
        assertThat(calls).containsExactly("success 42");
    }

    @Test
    void aThrownErrorGoesToOnFailure() {
        executor.execute(track(BackgroundTask.of("bad", control -> {
            throw new IllegalStateException("broken");
        })));
        assertThat(calls).containsExactly("failure broken");
    }

    @Test
    void cancellingEndsAtTheNextCheckpointAsCancelled() {
        executor.execute(track(BackgroundTask.of("cancelled", control -> {
            control.cancel();
            control.checkpoint();
            return 1;
        })));
        assertThat(calls).containsExactly("cancelled");
    }

    @Test
    void anErrorAfterCancelCountsAsCancelled() {
        executor.execute(track(BackgroundTask.of("interrupted", control -> {
            control.cancel();
            throw new java.io.InterruptedIOException("closed");
        })));
        assertThat(calls).containsExactly("cancelled");
    }

    private BackgroundTask<Integer> track(BackgroundTask<Integer> task) {
        return task.onSuccess(v -> calls.add("success " + v))
                .onFailure(e -> calls.add("failure " + e.getMessage()))
                .onCancelled(() -> calls.add("cancelled"));
    }
}
