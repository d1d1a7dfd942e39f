/**
 * The Training feature without a screen: the datasets offered ({@link io.phasescope.app.training.DatasetChoice}),
 * a run as the user entered it ({@link io.phasescope.app.training.TrainingRequest}), the
 * {@link io.phasescope.app.training.TrainingJob} that trains it on a worker thread and reports
 * {@link io.phasescope.app.training.RunEvent}s, and its end in words
 * ({@link io.phasescope.app.training.TrainingOutcome}); the λ slider's scale
 * ({@link io.phasescope.app.training.LambdaScale}); the sample images with their predictions
 * ({@link io.phasescope.app.training.DigitSample}) and their grey-scale pixels
 * ({@link io.phasescope.app.training.DigitPixels}). The view models and views that use them live in
 * {@code io.phasescope.app.gui.training}.
 */
package io.phasescope.app.training;
