package org.peercert.authoring.gift;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * GIFT's escapes. A backslash before one of the special characters makes it plain text; while a question is
 * parsed those escaped characters stand as private-use placeholders (as Moodle's parser does), so splitting on
 * {@code ~ = # { } :} never sees them, and {@link #plain} turns them back.
 */
final class GiftText {

    private static final String SPECIAL = "\\~=#{}:";
    /** The placeholder of SPECIAL.charAt(i) is PLACEHOLDER + i. */
    private static final char PLACEHOLDER = '\uE000';
    private static final Pattern TAG = Pattern.compile("<[a-zA-Z!/]");

    private GiftText() {}

    /** True when the text already holds a placeholder character (it could be confused with an escape). */
    static boolean hasPlaceholders(String text) {
        return text.chars().anyMatch(c -> c >= PLACEHOLDER && c < PLACEHOLDER + SPECIAL.length());
    }

    /** {@code \~} and the others become placeholders, {@code \n} a line break; any other backslash stays as it is. */
    static String protect(String gift) {
        StringBuilder out = new StringBuilder(gift.length());
        for (int i = 0; i < gift.length(); i++) {
            char c = gift.charAt(i);
            if (c == '\\' && i + 1 < gift.length()) {
                char next = gift.charAt(i + 1);
                int special = SPECIAL.indexOf(next);
                if (special >= 0 || next == 'n') {
                    out.append(special >= 0 ? (char) (PLACEHOLDER + special) : '\n');
                    i++;
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    /** The placeholders as the characters they stand for, surrounding spaces removed. */
    static String plain(String protectedText) {
        StringBuilder out = new StringBuilder(protectedText.length());
        for (char c : protectedText.toCharArray()) {
            int special = c - PLACEHOLDER;
            out.append(special >= 0 && special < SPECIAL.length() ? SPECIAL.charAt(special) : c);
        }
        return out.toString().strip();
    }

    /** Text written into GIFT: the special characters escaped and line breaks as {@code \n} (as Moodle writes them). */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c != '\r') {
                out.append(c);
            }
        }
        return out.toString();
    }

    static boolean looksLikeHtml(String text) {
        return TAG.matcher(text).find();
    }

    /** HTML as its visible text (entities decoded, tags dropped): no markup reaches a curriculum file. */
    static String htmlToText(String html) {
        return Jsoup.parse(html).text().strip();
    }
}
