/**
 * The Training feature: choose data, network, optimizer and λ, train in the background, and watch the
 * loss, the accuracy, the per-class accuracy and sample predictions update live.
 *
 * <p>{@link io.phasescope.app.gui.training.TrainingSettings} is the form,
 * {@link io.phasescope.app.gui.training.TrainingViewModel} runs a
 * {@link io.phasescope.app.training.TrainingJob} and turns its
 * {@link io.phasescope.app.training.RunEvent}s into chart data, samples and status, and
 * {@link io.phasescope.app.gui.training.TrainingView} shows it all. The job reports from the training
 * thread into a queue that the UI drains at most 30 times a second, so the UI thread never waits for
 * training and never touches ND4J.
 */
package io.phasescope.app.gui.training;
