/**
 * Background work without a screen. A {@link io.phasescope.app.task.BackgroundTask} runs its work off the UI thread
 * and reports success, failure or cancellation back on it, honouring its {@link io.phasescope.model.train.JobControl}
 * (pause, resume, cancel at checkpoints); {@link io.phasescope.app.task.StreamingWork} is work that also reports
 * events while it runs. A {@link io.phasescope.app.task.TaskExecutor} decides which threads run the work and the
 * callbacks: {@link io.phasescope.app.task.DirectTaskExecutor} runs everything at once on the caller's thread, so
 * that view models are tested without a screen (the JavaFX executor lives in {@code app.gui.task}).
 * {@link io.phasescope.app.task.Coalescer}s throttle or debounce updates ({@link
 * io.phasescope.app.task.ScheduledCoalescer} on a scheduler thread); {@link io.phasescope.app.task.JobState} is where a
 * job is in its life, {@link io.phasescope.app.task.EtaEstimator} estimates the time left,
 * {@link io.phasescope.app.task.JobErrors} turns a failure into one sentence for the user and a
 * {@link io.phasescope.app.task.StatusLine} (the GUI's status bar) is where services tell it.
 */
package io.phasescope.app.task;
