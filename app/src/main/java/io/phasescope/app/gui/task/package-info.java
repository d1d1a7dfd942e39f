/**
 * Background work on the JavaFX thread. {@link io.phasescope.app.gui.task.FxTaskExecutor} runs
 * {@link io.phasescope.app.task.BackgroundTask}s on daemon worker threads and their callbacks, and coalesced UI
 * actions, on the JavaFX application thread. {@link io.phasescope.app.gui.task.StreamingJob} is the skeleton of every
 * long job in a view: it runs a {@link io.phasescope.app.task.StreamingWork}, queues its events and drains them on the
 * UI thread at most 30 times a second, holds the {@link io.phasescope.app.task.JobState} as a property, offers the
 * run/pause/cancel commands, and shows progress and a time estimate
 * ({@link io.phasescope.app.task.EtaEstimator}) in the status bar, or works quietly. The executor-independent parts
 * live in {@code io.phasescope.app.task}.
 */
package io.phasescope.app.gui.task;
