/**
 * The layout audit: the app's window on the demo workspace in every tab × mode × size, and the study window on a real
 * tiny study in every mode × size, their charts drawn through a recording graphics context and checked for usable
 * data areas and colliding text, their headers, titles and buttons for ellipses
 * ({@link io.phasescope.tests.layout.LayoutAuditTest}, {@link io.phasescope.tests.layout.StudyWindowAuditTest},
 * {@link io.phasescope.tests.layout.LayoutRules}).
 */
package io.phasescope.tests.layout;
