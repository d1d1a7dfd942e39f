package io.phasescope.app.lesson;

/**
 * One step of the lesson.
 *
 * @param title e.g. "2. Raise λ and watch the first jump"
 * @param text what to do and what to look at, a few plain sentences
 * @param tab the id of the main tab it opens, e.g. {@code phaseTab}
 * @param subTabs the id of a tab pane inside that view whose tab {@code subTab} it opens, or null
 * @param subTab the text of that tab, or null
 */
public record LessonStep(String title, String text, String tab, String subTabs, String subTab) {

    public LessonStep {
        if (title == null || title.isBlank() || text == null || text.isBlank() || tab == null || tab.isBlank()) {
            throw new IllegalArgumentException("a step needs a title, a text and a tab, was '" + title + "'");
        }
        if ((subTabs == null) != (subTab == null)) {
            throw new IllegalArgumentException(
                    "give both the tab pane and its tab, or neither, for step '" + title + "'");
        }
    }
}
