package org.stocktake.platform;

import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.stocktake.shared.ConflictException;
import org.stocktake.shared.ForbiddenException;
import org.stocktake.shared.InvalidInputException;
import org.stocktake.shared.Problem;

/**
 * The one place that decides what a failed request is told: a status and a reason in the caller's
 * language (Chinese or English), with the input problems where there are some. Never the
 * exception's own message, a class name or a server path; anything not recognised here is a 500
 * with no detail (and is logged by {@link WebErrors}).
 */
@Component
class Errors {

    /** The answer to a failed request. {@code detail} gives the reason in a language. */
    record Failure(HttpStatus status, Function<Locale, String> detail, List<Problem> problems) {

        boolean serverFault() {
            return status.is5xxServerError();
        }
    }

    private static final int ECHO = 80;

    private final MessageSource messages;

    Errors(MessageSource messages) {
        this.messages = messages;
    }

    /** The title of a status, in a language. */
    String title(HttpStatusCode status, Locale locale) {
        return text("error.status." + status.value(), locale, "error.status.other");
    }

    /** The generic reason for a status (used where there is nothing more specific). */
    Failure of(HttpStatus status) {
        return new Failure(status, l -> text("error.detail." + status.value(), l, "error.detail.other"), List.of());
    }

    Failure of(Throwable e) {
        if (e instanceof ForbiddenException refused) {
            return new Failure(HttpStatus.FORBIDDEN, refused::message, List.of());
        }
        if (e instanceof ConflictException conflict) {
            return new Failure(HttpStatus.CONFLICT, conflict::message, List.of());
        }
        if (e instanceof InvalidInputException invalid) {
            return new Failure(
                    notFound(invalid) ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST,
                    invalid::report,
                    invalid.problems());
        }
        if (e instanceof CannotGetJdbcConnectionException || e instanceof QueryTimeoutException) {
            return of(HttpStatus.SERVICE_UNAVAILABLE);
        }
        if (e instanceof ConcurrencyFailureException) {
            return of(HttpStatus.CONFLICT);
        }
        if (e instanceof MaxUploadSizeExceededException tooBig) {
            String limit = tooBig.getMaxUploadSize() > 0
                    ? DataSize.ofBytes(tooBig.getMaxUploadSize()).toMegabytes() + " MB"
                    : "";
            return message(
                    HttpStatus.CONTENT_TOO_LARGE, limit.isEmpty() ? "error.detail.413" : "error.upload.size", limit);
        }
        if (e instanceof MultipartException || e instanceof org.apache.tomcat.util.http.InvalidParameterException) {
            return message(HttpStatus.BAD_REQUEST, "error.upload.broken");
        }
        if (e instanceof MissingServletRequestParameterException missing) {
            return message(HttpStatus.BAD_REQUEST, "error.param.missing", missing.getParameterName());
        }
        if (e instanceof MissingServletRequestPartException missing) {
            return message(HttpStatus.BAD_REQUEST, "error.param.missing", missing.getRequestPartName());
        }
        if (e instanceof MethodArgumentTypeMismatchException mismatch) {
            return mismatch(mismatch);
        }
        if (e instanceof HttpMessageNotReadableException) {
            return message(HttpStatus.BAD_REQUEST, "error.body");
        }
        if (e instanceof HttpRequestMethodNotSupportedException method) {
            return message(HttpStatus.METHOD_NOT_ALLOWED, "error.method", echo(method.getMethod()));
        }
        if (e instanceof HttpMediaTypeNotSupportedException media) {
            return message(
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "error.media",
                    media.getContentType() == null
                            ? ""
                            : echo(media.getContentType().toString()));
        }
        if (e instanceof ErrorResponse response) {
            return of(HttpStatus.valueOf(response.getStatusCode().value()));
        }
        if (e instanceof DateTimeParseException date) {
            return message(HttpStatus.BAD_REQUEST, "error.param.date", "", echo(date.getParsedString()));
        }
        if (e instanceof IllegalArgumentException) {
            return message(HttpStatus.BAD_REQUEST, "error.value");
        }
        return of(HttpStatus.INTERNAL_SERVER_ERROR);
    }

    /** A refusal naming a parameter and its value, in a language. */
    Failure message(HttpStatus status, String key, Object... args) {
        return new Failure(status, l -> messages.getMessage(key, args, l), List.of());
    }

    /** "Not found" when every problem says there is no such thing (the house wording "no such …"). */
    private static boolean notFound(InvalidInputException e) {
        return !e.problems().isEmpty()
                && e.problems().stream().allMatch(p -> p.en() != null && p.en().startsWith("no such"));
    }

    private Failure mismatch(MethodArgumentTypeMismatchException e) {
        String name = e.getName();
        String value = echo(String.valueOf(e.getValue()));
        Class<?> type = e.getRequiredType();
        if (type != null && type.isEnum()) {
            String choices = Arrays.stream(type.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", "));
            return message(HttpStatus.BAD_REQUEST, "error.param.choices", name, value, choices);
        }
        if (type == java.time.LocalDate.class) {
            return message(HttpStatus.BAD_REQUEST, "error.param.date", name, value);
        }
        return message(HttpStatus.BAD_REQUEST, "error.param.invalid", name, value);
    }

    /** A value the caller sent, cut short and stripped of control characters, safe to say back. */
    static String echo(String value) {
        if (value == null) {
            return "";
        }
        String clean = value.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > ECHO ? clean.substring(0, ECHO) + "…" : clean;
    }

    private String text(String key, Locale locale, String fallback) {
        return messages.getMessage(key, null, messages.getMessage(fallback, null, locale), locale);
    }
}
