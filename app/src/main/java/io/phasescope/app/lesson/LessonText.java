package io.phasescope.app.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * A lesson text from the assets module ({@value #FOLDER}): paragraphs separated by blank lines, a paragraph
 * starting with {@code "# "} being a heading.
 *
 * @param paragraphs the paragraphs in order, headings with their {@code "# "}
 */
public record LessonText(List<String> paragraphs) {

    static final String FOLDER = "/io/phasescope/assets/lessons/";

    public LessonText {
        paragraphs = List.copyOf(paragraphs);
    }

    /** Reads the lesson {@code file}, for example {@code "toy-models.md"}. */
    public static LessonText load(String file) {
        try (InputStream in = LessonText.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("lesson " + FOLDER + file
                        + " is missing from the classpath; is the phasescope-assets jar on it?");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new LessonText(Arrays.stream(text.split("\\R\\s*\\R"))
                    .map(p -> p.strip().replaceAll("\\s*\\R\\s*", " "))
                    .filter(p -> !p.isEmpty())
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lesson " + file, e);
        }
    }

    /** Whether {@code paragraph} is a heading. */
    public static boolean isHeading(String paragraph) {
        return paragraph.startsWith("# ");
    }
}
