/**
 * Text fields that validate themselves: {@link io.phasescope.app.gui.form.ValidatedField} parses what the user types
 * (after a pause, or on commit) with the parsers of {@link io.phasescope.app.form.InputParsers}, and holds the
 * value or an error message that names the bad input. Every settings holder builds its fields from these.
 */
package io.phasescope.app.gui.form;
