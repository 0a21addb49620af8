package org.standpoint.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a day given on the command line, saying in plain words what is wrong with a bad one (picocli's own
 * converter repeats the parser's exception, class names included).
 */
final class DayConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String text) {
        if (!text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw new TypeConversionException("a day is written YYYY-MM-DD, got '" + text + "'");
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + text + "' is no day of the calendar");
        }
    }
}
