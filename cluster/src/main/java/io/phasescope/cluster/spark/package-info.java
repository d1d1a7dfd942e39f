/**
 * Studies on Spark: {@link io.phasescope.cluster.spark.StudyRunner} (the driver) submits one single-task Spark job
 * per pending sweep and records each as it finishes; {@link io.phasescope.cluster.spark.SweepTask} (on an executor)
 * runs the sweep into its folder on the shared filesystem with the model's Pathfinder, under the folder lock, so a
 * retried task resumes its folder; {@link io.phasescope.cluster.spark.ExecutorData} loads each data set once per
 * executor JVM.
 */
package io.phasescope.cluster.spark;
