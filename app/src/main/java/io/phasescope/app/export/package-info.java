/**
 * What the export of a chart needs without a screen: the {@link io.phasescope.app.export.NamedChart}s that every
 * view offers for export (title, file name, the chart shown now) and the {@link io.phasescope.app.export.SizeUnit}s
 * of a figure's size. The export dialog and its view model live in {@code io.phasescope.app.gui.export}; the files
 * are written by {@code io.phasescope.render.export}.
 */
package io.phasescope.app.export;
