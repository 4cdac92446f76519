package org.peercert.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Numbers, dates and times as the reader's language writes them, in one place for every view and the public
 * verification page: Spanish "0,95" and "2 de diciembre de 2026", English "0.95" and "December 2, 2026".
 * Times are 24-hour "07:30" in both languages, as the practice timelines draw the day.
 */
public final class LocaleFormat {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private LocaleFormat() {}

    /** Two decimals (a normalised gain): "0.95" / "0,95". */
    public static String decimal(double value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /** A percentage given as 0-100, whole, with a space before the sign in both languages: "90 %". */
    public static String percent(double value, Locale locale) {
        return number(Math.round(value), locale) + " %";
    }

    /** Hours or points, up to two decimals and no needless zeros: "12", "3.5" / "3,5". */
    public static String number(BigDecimal value, Locale locale) {
        return number(value.setScale(2, RoundingMode.HALF_UP).doubleValue(), locale);
    }

    /** Up to two decimals and no needless zeros: "1.5" / "1,5". */
    public static String number(double value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        format.setGroupingUsed(false);
        return format.format(value);
    }

    /** A date in full words: "December 2, 2026" / "2 de diciembre de 2026". */
    public static String date(LocalDate date, Locale locale) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    }

    /** The day of a recorded moment, as the server counts days (UTC). */
    public static String date(Instant moment, Locale locale) {
        return date(LocalDate.ofInstant(moment, ZoneOffset.UTC), locale);
    }

    /** A recorded moment for staff lists: "2 de diciembre de 2026 05:10 UTC". */
    public static String dateTime(Instant moment, Locale locale) {
        return date(moment, locale) + " " + time(LocalTime.ofInstant(moment, ZoneOffset.UTC)) + " UTC";
    }

    /** A time of day, the one format the app uses: "07:30". */
    public static String time(LocalTime time) {
        return time.format(TIME);
    }
}
