package io.phasescope.app.task;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.phasescope.model.net.Activation;
import io.phasescope.model.net.NetworkSpec;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

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

    @Test
    void aRefusedTooLargeNetworkIsLoggedAsOneLineAndAnUnexpectedErrorWithItsStackTrace() {
        Logger logger = (Logger) LoggerFactory.getLogger(BackgroundTask.class);
        ListAppender<ILoggingEvent> events = new ListAppender<>();
        events.start();
        logger.addAppender(events);
        try {
            executor.execute(track(BackgroundTask.of(
                    "too large",
                    control -> new NetworkSpec(784, List.of(5000, 5000), Activation.SIGMOID, 10, 1)
                            .hiddenWidths()
                            .size())));
            executor.execute(track(BackgroundTask.of("bug", control -> {
                throw new IllegalStateException("broken");
            })));
        } finally {
            logger.detachAppender(events);
        }

        assertThat(calls.get(0)).startsWith("failure network has 28980010 parameters");
        assertThat(events.list).hasSize(2);
        ILoggingEvent refused = events.list.get(0);
        assertThat(refused.getLevel()).isEqualTo(Level.INFO);
        assertThat(refused.getThrowableProxy()).as("no stack trace").isNull();
        assertThat(refused.getFormattedMessage()).contains("too large", "28980010 parameters");
        ILoggingEvent bug = events.list.get(1);
        assertThat(bug.getLevel()).isEqualTo(Level.ERROR);
        assertThat(bug.getThrowableProxy().getMessage()).isEqualTo("broken");
    }

    private BackgroundTask<Integer> track(BackgroundTask<Integer> task) {
        return task.onSuccess(v -> calls.add("success " + v))
                .onFailure(e -> calls.add("failure " + e.getMessage()))
                .onCancelled(() -> calls.add("cancelled"));
    }
}
