package org.peercert.certification.pdf;

import java.util.Locale;

/** A character that none of the certificate's fonts has: refused rather than printed as a blank or a box. */
public class UnprintableTextException extends IllegalArgumentException {

    UnprintableTextException(String text, int codePoint) {
        super(String.format(Locale.ROOT, "The certificate fonts cannot print the character U+%04X (%s) in \"%s\"", codePoint,
                Character.getName(codePoint) == null ? "unnamed" : Character.getName(codePoint), text));
    }
}
