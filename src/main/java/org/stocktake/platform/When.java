package org.stocktake.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.stocktake.shared.Messages;

/**
 * The one way a date or a time is written for a person: {@code 2026年11月30日 18:53} in Chinese,
 * {@code 30 Nov 2026 18:53} in English, in the users' zone (China Standard Time, or the
 * system property {@code stocktake.zone}). Pages call it as {@code ${@when.at(x)}} and {@code ${@when.day(x)}}; code outside a
 * request passes the locale. Never an ISO timestamp on a page.
 */
@Component("when")
public class When {

    private static final ZoneId ZONE = ZoneId.of(System.getProperty("stocktake.zone", "Asia/Shanghai"));

    /** The users' zone. */
    public static ZoneId zone() {
        return ZONE;
    }

    /** A moment with its minute, in the request's language; empty for none. */
    public String at(Object value) {
        return at(value, LocaleContextHolder.getLocale());
    }

    /** A day, in the request's language; empty for none. */
    public String day(Object value) {
        return day(value, LocaleContextHolder.getLocale());
    }

    /** A moment with its minute in a language: {@code 2026年11月30日 18:53} or {@code 30 Nov 2026 18:53}. */
    public static String at(Object value, Locale locale) {
        TemporalAccessor t = zoned(value);
        if (t == null) {
            return "";
        }
        if (t instanceof LocalDate) {
            return day(t, locale);
        }
        return format(t, "time.at.pattern", locale);
    }

    /** A day in a language: {@code 2026年11月30日} or {@code 30 Nov 2026}. */
    public static String day(Object value, Locale locale) {
        TemporalAccessor t = zoned(value);
        return t == null ? "" : format(t, "time.day.pattern", locale);
    }

    private static String format(TemporalAccessor t, String key, Locale locale) {
        Locale l = locale != null && "en".equals(locale.getLanguage()) ? Messages.EN : Messages.ZH;
        return DateTimeFormatter.ofPattern(Messages.get(l, key), l).format(t);
    }

    private static TemporalAccessor zoned(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i.atZone(ZONE);
        }
        if (value instanceof OffsetDateTime o) {
            return o.atZoneSameInstant(ZONE);
        }
        if (value instanceof ZonedDateTime z) {
            return z.withZoneSameInstant(ZONE);
        }
        if (value instanceof Date d) {
            return d.toInstant().atZone(ZONE);
        }
        if (value instanceof LocalDateTime || value instanceof LocalDate) {
            return (TemporalAccessor) value;
        }
        throw new IllegalArgumentException(
                "not a date or time: " + value.getClass().getSimpleName());
    }
}
