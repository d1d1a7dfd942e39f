/**
 * Studies: many Pathfinder sweeps in one command, run as Spark tasks, embedded in local mode or on a standalone
 * cluster. This module keeps Spark off the desktop app's classpath; it depends on {@code model} only.
 * {@code study} holds the study spec, its tasks and its folder (no Spark), {@code spark} runs the tasks, and
 * {@code cli} is the {@code phasescope study} command.
 */
package io.phasescope.cluster;
