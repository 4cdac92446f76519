package org.peercert.account;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import java.text.Normalizer;
import java.util.Optional;

/**
 * The one rule for a person's name (display name, certificate holder), used by every place that sets one:
 * the services refuse a bad name (so a tampered UI call is refused too) and the forms show the same rule as a
 * field error through {@link #validator()}.
 * <p>
 * A name ends up on certificates, verification pages, PDFs, mails and CSV files. Line breaks and other control
 * characters forge rows and lines there; bidi overrides make a name display as something else than it is
 * (e.g. a reversed "Smith" that reads like another person). Both are refused; everything else a name can hold
 * (apostrophes, hyphens, any script) is kept. Too long is an error, never silently cut.
 */
public final class PersonName {

    public static final int MAX_LENGTH = 120;

    private PersonName() {}

    /** The name as it is stored: NFC-normalised (one form for "é"), outer spaces (no-break ones too) removed. */
    public static String normalize(String typed) {
        String name = Normalizer.normalize(typed, Normalizer.Form.NFC);
        int start = 0;
        int end = name.length();
        while (start < end && isSpace(name.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(name.charAt(end - 1))) {
            end--;
        }
        return name.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Why the typed name is refused, as a translation key (account bundle); empty when it is fine. */
    public static Optional<String> problem(String typed) {
        String name = normalize(typed);
        if (name.isEmpty()) {
            return Optional.of("name.error.required");
        }
        if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
            return Optional.of("name.error.long");
        }
        if (name.codePoints().anyMatch(PersonName::isLineBreakingOrControl)) {
            return Optional.of("name.error.control");
        }
        if (name.codePoints().anyMatch(PersonName::isDirectionOverride)) {
            return Optional.of("name.error.bidi");
        }
        return Optional.empty();
    }

    /** The stored form of an acceptable name; {@link InvalidPersonName} with the reason otherwise. */
    public static String require(String typed) {
        problem(typed).ifPresent(key -> {
            throw new InvalidPersonName(key);
        });
        return normalize(typed);
    }

    /** The rule for a Binder, with the message in the field's language. */
    public static Validator<String> validator() {
        return (value, context) -> problem(value == null ? "" : value)
                .map(key -> ValidationResult.error(context.getComponent().map(c -> c.getTranslation(key)).orElse(key)))
                .orElse(ValidationResult.ok());
    }

    /**
     * Shows the rule on a name field while the user types: a Binder of the field's own, so a form keeps its
     * other fields' handling. The service still checks on submit (a tampered client skips this).
     */
    public static Binder.Binding<Object, String> bindTo(HasValue<?, String> field) {
        return new Binder<>().forField(field).withValidator(validator()).bind(form -> field.getValue(), (form, value) -> {});
    }

    /** C0 (NUL, CR, LF, tab...), DEL and C1, plus the Unicode line and paragraph separators. */
    private static boolean isLineBreakingOrControl(int c) {
        return Character.getType(c) == Character.CONTROL || c == '\u2028' || c == '\u2029';
    }

    /** Embeddings and overrides (U+202A–U+202E) and isolates (U+2066–U+2069). */
    private static boolean isDirectionOverride(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    /** A refused name; {@link #key()} is the translation key of the reason. */
    public static final class InvalidPersonName extends IllegalArgumentException {

        private final String key;

        InvalidPersonName(String key) {
            super("Name refused: " + key);
            this.key = key;
        }

        public String key() {
            return key;
        }
    }
}
