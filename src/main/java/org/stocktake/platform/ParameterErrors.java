package org.stocktake.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.web.multipart.MultipartFile;
import org.stocktake.shared.InvalidInputException;
import org.stocktake.shared.Problem;

/**
 * Reads the text parameters of the pages' forms and filters into values; a value that does not read
 * is refused with a problem naming the parameter, what was sent and what is expected (400).
 */
public final class ParameterErrors {

    private ParameterErrors() {}

    /** A date (YYYY-MM-DD), or null when blank. */
    public static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw refused(field, "web.param.date", Errors.echo(text));
        }
    }

    /** A month (YYYY-MM), or null when blank. */
    public static YearMonth month(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw refused(field, "web.param.month", Errors.echo(text));
        }
    }

    /** One of an enumeration's constants by its code (case-insensitive), or null when blank. */
    public static <E extends Enum<E>> E choice(String field, String text, Class<E> type) {
        if (text == null || text.isBlank()) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(text.trim())) {
                return constant;
            }
        }
        String choices = Arrays.stream(type.getEnumConstants())
                .map(c -> c.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
        throw refused(field, "web.param.choice", Errors.echo(text), choices);
    }

    /** The name of an uploaded file without any folder, control character or leading dot. */
    public static String fileName(MultipartFile file) {
        String name = file.getOriginalFilename() == null
                ? ""
                : file.getOriginalFilename().replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1)
                .replaceAll("\\p{Cntrl}", "")
                .trim();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        return name.isEmpty() ? "upload.xlsx" : Errors.echo(name);
    }

    private static InvalidInputException refused(String field, String key, Object... args) {
        return new InvalidInputException(field, List.of(Problem.of(field, key, args)));
    }

    /** A form field as typed, trimmed; blank is no value. */
    public static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** An uploaded file's content; a read failure is an I/O failure, not the user's. */
    public static InputStream stream(MultipartFile file) {
        try {
            return file.getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A value a form must have; missing, it is a refusal naming the field. */
    public static <T> T required(String field, T value) {
        if (value == null) {
            throw new InvalidInputException(field, List.of(Problem.of(field, "web.required")));
        }
        return value;
    }
}
