package io.phasescope.render.export;

import java.nio.file.Path;
import java.util.Locale;

/** The file formats a chart can be exported to. */
public enum ExportFormat {
    PNG("png", "PNG image"),
    SVG("svg", "SVG vector image"),
    PDF("pdf", "PDF document"),
    CSV("csv", "CSV data table");

    private final String extension;
    private final String description;

    ExportFormat(String extension, String description) {
        this.extension = extension;
        this.description = description;
    }

    /** The file name extension without the dot, for example {@code "png"}. */
    public String extension() {
        return extension;
    }

    /** A human-readable name, for example {@code "PNG image"}. */
    public String description() {
        return description;
    }

    /** The format whose extension {@code file}'s name ends with, case-insensitively. */
    public static ExportFormat of(Path file) {
        String name =
                file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            if (name.endsWith("." + f.extension)) {
                return f;
            }
        }
        throw new IllegalArgumentException("file name must end in .png, .svg, .pdf or .csv, was '" + file + "'");
    }
}
