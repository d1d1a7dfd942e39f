/**
 * Headless charts of Phasescope results, built with JFreeChart and drawn to any {@code Graphics2D}.
 *
 * <p>{@link io.phasescope.render.ChartTheme} holds the look (light or dark, Okabe–Ito colours, fonts);
 * {@link io.phasescope.render.ChartStyler} applies it to a chart; {@link io.phasescope.render.PlotGrid}
 * lays out small multiples. Sub-packages: {@code training} (the live charts of one training run and the
 * datasets behind them), {@code phase} (the phase-diagram charts of a λ sweep), {@code landscape} (slices and
 * paths), {@code curvature} (Hessian spectra, densities and the toy models) and {@code export} (PNG, SVG, PDF and
 * CSV files of any chart). Nothing here uses JavaFX or the app: charts are shown on screen by
 * the app and written to files by the same code paths everywhere.
 */
package io.phasescope.render;
