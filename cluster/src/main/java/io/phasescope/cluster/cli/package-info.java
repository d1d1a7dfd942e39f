/** The command line of the cluster module: {@code phasescope study}, started by the launcher from this module's jars. */
package io.phasescope.cluster.cli;
