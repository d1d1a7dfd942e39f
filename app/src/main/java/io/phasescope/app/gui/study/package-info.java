/**
 * File → Open study…: a study folder's sweeps grouped by their varied fields, with checkboxes to overlay any of them
 * on the Phase diagram, each variant's λc as mean ± spread across its seeds, and the variants' hierarchies side by
 * side; followed live while the study runs.
 */
package io.phasescope.app.gui.study;
