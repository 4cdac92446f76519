package org.peercert.certification.pdf;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The certificate's own words in the holder's language (bundle vaadin-i18n/certificate-pdf, keys
 * {@code certificate.pdf.*}), with dates and numbers written the way that language writes them. Content titles
 * (course, competencies) stay as authored.
 */
final class CertificateLabels {

    private static final String BUNDLE = "vaadin-i18n/certificate-pdf";
    /** English unless the language has a bundle; never the JVM's default locale. */
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);

    /** One per language: the bundle and the date formatter are immutable and thread-safe. */
    private static final Map<Locale, CertificateLabels> BY_LOCALE = new ConcurrentHashMap<>();

    private final Locale locale;
    private final ResourceBundle bundle;
    private final DateTimeFormatter date;

    static CertificateLabels of(Locale locale) {
        return BY_LOCALE.computeIfAbsent(locale, CertificateLabels::new);
    }

    private CertificateLabels(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, CertificateLabels.class.getClassLoader(), NO_FALLBACK);
        this.date = DateTimeFormatter.ofPattern(bundle.getString("certificate.pdf.date-pattern"), locale);
    }

    Locale locale() {
        return locale;
    }

    String get(String key, Object... args) {
        String pattern = bundle.getString("certificate.pdf." + key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    String date(LocalDate day) {
        return date.format(day);
    }

    String decimal(String pattern, double value) {
        return String.format(locale, pattern, value);
    }
}
