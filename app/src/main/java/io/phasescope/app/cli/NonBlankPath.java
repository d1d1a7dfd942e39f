package io.phasescope.app.cli;

import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converts every path option: an empty or blank value (an unset shell variable) is refused, so that it never
 * means the current directory. picocli reports it as {@code Invalid value for option '--out': …}, exit code 2.
 */
final class NonBlankPath implements ITypeConverter<Path> {

    @Override
    public Path convert(String value) {
        if (value.isBlank()) {
            throw new TypeConversionException("an empty path; give a file or folder name");
        }
        return Path.of(value);
    }
}
