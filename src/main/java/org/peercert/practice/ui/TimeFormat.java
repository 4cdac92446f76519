package org.peercert.practice.ui;

import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The one way practice views write a clock time: 24-hour, two-digit ("07:30", "23:40"), in English and
 * Spanish alike. A trainee compares the time pickers with the day timeline and the chat stamps; a picker
 * in "7:30 AM" next to a timeline in "07:30" made them look like different things.
 */
final class TimeFormat {

    /**
     * The browser formats a picker's time from its locale; British English formats exactly as
     * {@link #of} does (Spanish would write "9:00"), and a time has no words to translate.
     */
    private static final Locale PICKER_LOCALE = Locale.UK;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private TimeFormat() {}

    static String of(LocalTime time) {
        return CLOCK.format(time);
    }

    static TimePicker picker(String label) {
        var picker = new TimePicker(label);
        picker.setLocale(PICKER_LOCALE);
        return picker;
    }
}
