/**
 * Lesson content without a screen: a {@link io.phasescope.app.lesson.LessonText} read from the assets module (the
 * toy-model lesson's paragraphs and headings) and a {@link io.phasescope.app.lesson.LessonStep} of the classroom
 * lesson (its text and the tab it opens). The lesson panel and its view model live in
 * {@code io.phasescope.app.gui.lesson}, the toy lesson in {@code io.phasescope.app.gui.curvature}.
 */
package io.phasescope.app.lesson;
