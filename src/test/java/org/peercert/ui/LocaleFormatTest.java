package org.peercert.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Issue #13 item 14: numbers and dates as each language writes them, from the one shared formatter. */
class LocaleFormatTest {

    private static final Locale EN = Locale.ENGLISH;
    private static final Locale ES = Locale.forLanguageTag("es");

    @Test
    void aGainHasTwoDecimalsWithTheLanguagesDecimalSign() {
        assertThat(LocaleFormat.decimal(0.95, EN)).isEqualTo("0.95");
        assertThat(LocaleFormat.decimal(0.95, ES)).isEqualTo("0,95");
        assertThat(LocaleFormat.decimal(-0.5, ES)).isEqualTo("-0,50");
    }

    @Test
    void hoursAndPointsDropNeedlessZerosAndUseTheDecimalSign() {
        assertThat(LocaleFormat.number(new BigDecimal("12.00"), EN)).isEqualTo("12");
        assertThat(LocaleFormat.number(new BigDecimal("3.50"), EN)).isEqualTo("3.5");
        assertThat(LocaleFormat.number(new BigDecimal("3.50"), ES)).isEqualTo("3,5");
        assertThat(LocaleFormat.number(1.25, ES)).isEqualTo("1,25");
        assertThat(LocaleFormat.number(1500, ES)).as("no thousands dot in a number of hours").isEqualTo("1500");
    }

    @Test
    void aPercentIsWholeWithASpaceBeforeTheSign() {
        assertThat(LocaleFormat.percent(66.67, EN)).isEqualTo("67 %");
        assertThat(LocaleFormat.percent(66.67, ES)).isEqualTo("67 %");
    }

    @Test
    void aDateIsWrittenOutInTheLanguage() {
        LocalDate day = LocalDate.of(2026, 12, 2);
        assertThat(LocaleFormat.date(day, EN)).isEqualTo("December 2, 2026");
        assertThat(LocaleFormat.date(day, ES)).isEqualTo("2 de diciembre de 2026");
        assertThat(LocaleFormat.date(Instant.parse("2026-12-02T23:30:00Z"), ES)).as("the day in UTC").isEqualTo("2 de diciembre de 2026");
    }

    @Test
    void timesHaveOneTwentyFourHourFormatInEveryLanguage() {
        assertThat(LocaleFormat.time(LocalTime.of(7, 30, 12))).isEqualTo("07:30");
        assertThat(LocaleFormat.time(LocalTime.of(19, 5))).isEqualTo("19:05");
        assertThat(LocaleFormat.dateTime(Instant.parse("2026-12-02T05:10:00Z"), ES)).isEqualTo("2 de diciembre de 2026 05:10 UTC");
    }
}
