package io.phasescope.app.task;

import io.phasescope.model.train.JobControl;
import java.util.function.Consumer;

/**
 * Background work that reports events while it runs, such as a sweep's points: the part of a streaming job that
 * runs on a worker thread (the GUI's {@code StreamingJob} queues the events and drains them on the UI thread).
 *
 * @param <E> the events it reports through {@code emit} (callable from any thread)
 * @param <R> its result
 */
@FunctionalInterface
public interface StreamingWork<E, R> {

    /** Does the work, calling {@link JobControl#checkpoint()} between steps and {@code emit} for each event. */
    R call(JobControl control, Consumer<E> emit) throws Exception;
}
