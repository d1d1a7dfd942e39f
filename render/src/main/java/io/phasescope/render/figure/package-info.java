/**
 * Publication figures: a {@link io.phasescope.render.figure.FigureStyle} (font family and size, line widths,
 * title, axis labels, legend placement, paper or screen colours) applied to a copy of any chart by
 * {@link io.phasescope.render.figure.FigureStyler}, the same for the dialog's preview and the file written.
 */
package io.phasescope.render.figure;
