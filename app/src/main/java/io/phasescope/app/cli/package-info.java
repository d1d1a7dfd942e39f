/**
 * The command line ({@code ./phasescope …}), built with picocli. Commands print human-readable progress
 * to standard output and write machine-readable results (JSON, CSV) into their output folders. Invalid
 * arguments print usage and exit with code 2.
 */
package io.phasescope.app.cli;
