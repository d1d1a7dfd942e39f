/**
 * The charts of one training run: minibatch loss against iteration, train and test loss and accuracy
 * per epoch, and test accuracy per class. {@link io.phasescope.render.training.TrainingChartData} holds
 * the JFreeChart datasets and appends the records the trainer reports;
 * {@link io.phasescope.render.training.TrainingCharts} builds styled charts over them.
 */
package io.phasescope.render.training;
