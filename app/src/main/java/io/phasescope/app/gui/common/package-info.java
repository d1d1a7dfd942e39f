/**
 * Building blocks shared by the features: {@link io.phasescope.app.gui.common.Command}s with an
 * observable enabled state, {@link io.phasescope.app.gui.form.ValidatedField}s that parse text input
 * and hold back bad values, the {@link io.phasescope.app.gui.common.StatusModel} behind the status bar,
 * the {@link io.phasescope.app.gui.common.Theme}s, and small view helpers that bind controls to them.
 */
package io.phasescope.app.gui.common;
