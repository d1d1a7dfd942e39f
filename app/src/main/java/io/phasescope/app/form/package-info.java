/**
 * What the user types, parsed without a screen: {@link io.phasescope.app.form.InputParsers} turn the text of a form's
 * fields into numbers within their ranges, or fail with a message for the user that repeats the bad text. The
 * JavaFX fields that use them are {@code io.phasescope.app.gui.form.ValidatedField}s.
 */
package io.phasescope.app.form;
