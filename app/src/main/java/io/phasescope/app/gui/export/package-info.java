/**
 * Export of the charts on screen to PNG, SVG, PDF or CSV files: a dialog for the chart, size and
 * resolution, and a view model that copies the chart on the UI thread and writes the file in the
 * background.
 */
package io.phasescope.app.gui.export;
