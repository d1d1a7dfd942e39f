/**
 * Background work for the GUI. A {@link io.phasescope.app.gui.task.BackgroundTask} runs its work off the
 * UI thread and reports success, failure or cancellation back on it; a
 * {@link io.phasescope.app.gui.task.TaskExecutor} decides which threads those are:
 * {@link io.phasescope.app.gui.task.FxTaskExecutor} uses daemon worker threads and the JavaFX thread,
 * {@link io.phasescope.app.gui.task.DirectTaskExecutor} runs everything at once on the caller's thread,
 * so view models can be tested without a screen. {@link io.phasescope.app.gui.task.Coalescer}s throttle
 * or debounce UI updates. {@link io.phasescope.app.gui.task.StreamingJob} is the skeleton of every long job: event
 * queue and throttled drain, {@link io.phasescope.app.gui.task.JobState}, run/pause/cancel commands, progress and
 * a time estimate ({@link io.phasescope.app.gui.task.EtaEstimator}) in the status bar, or quietly.
 */
package io.phasescope.app.gui.task;
