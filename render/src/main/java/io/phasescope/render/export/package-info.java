/**
 * Writes any JFreeChart to a file: PNG at a chosen size and resolution, SVG (JFreeSVG, text kept as
 * text) and CSV of the data drawn. Files are written to a temporary sibling and moved into place, so a
 * failed export never leaves a half-written file.
 */
package io.phasescope.render.export;
