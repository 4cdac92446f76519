package org.peercert.platform;

/**
 * Text typed by a person (a search, an email address) matched with SQL {@code LIKE} as itself: {@code %} and
 * {@code _} are wildcards there, and {@code %@%.%%} is a valid email address that would match everything.
 * Use with {@code like ? escape '!'} ({@link #ESCAPE}); {@code !} rather than a backslash, which MariaDB also
 * treats as an escape inside string literals.
 */
public final class SqlLike {

    public static final char ESCAPE = '!';

    private SqlLike() {}

    /** The text with the wildcards and the escape character itself escaped. */
    public static String literal(String text) {
        var out = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            if (c == '%' || c == '_' || c == ESCAPE) {
                out.append(ESCAPE);
            }
            out.append(c);
        }
        return out.toString();
    }

    /** A pattern matching any value that contains the text. */
    public static String containing(String text) {
        return "%" + literal(text) + "%";
    }
}
