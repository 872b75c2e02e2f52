package org.stocktake.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WhenTest {

    @ParameterizedTest
    @CsvSource({
        "2026-11-30T10:53:15.473099Z, zh, 2026年11月30日 18:53",
        "2026-11-30T10:53:15.473099Z, en, 30 Nov 2026 18:53",
        "2026-12-31T16:05:00Z,        zh, 2027年1月1日 00:05",
        "2026-03-04T01:02:00Z,        en, 4 Mar 2026 09:02"
    })
    void aMomentIsWrittenInTheUsersZoneAndLanguage(String instant, String lang, String expected) {
        assertThat(When.at(Instant.parse(instant), Locale.forLanguageTag(lang))).isEqualTo(expected);
        assertThat(When.at(OffsetDateTime.parse(instant), Locale.forLanguageTag(lang)))
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"2026-11-30, zh, 2026年11月30日", "2026-11-30, en, 30 Nov 2026", "2026-01-05, en, 5 Jan 2026"})
    void aDayIsWrittenInWords(String day, String lang, String expected) {
        assertThat(When.day(LocalDate.parse(day), Locale.forLanguageTag(lang))).isEqualTo(expected);
        assertThat(When.at(LocalDate.parse(day), Locale.forLanguageTag(lang))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"zh", "en"})
    void nothingIsWrittenForNoDate(String lang) {
        assertThat(When.at(null, Locale.forLanguageTag(lang))).isEmpty();
    }
}
