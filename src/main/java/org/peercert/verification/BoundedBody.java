package org.peercert.verification;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** Reads a request body up to a limit, and stops reading as soon as the limit is passed. */
final class BoundedBody {

    private BoundedBody() {}

    /** The body, or empty when it is longer than {@code max} bytes (at most {@code max + 1} are read). */
    static Optional<byte[]> read(InputStream in, long declaredLength, int max) throws IOException {
        if (declaredLength > max) {
            return Optional.empty();
        }
        var out = new ByteArrayOutputStream(declaredLength > 0 ? (int) declaredLength : 8192);
        byte[] buffer = new byte[8192];
        int total = 0;
        int read;
        while ((read = in.read(buffer, 0, Math.min(buffer.length, max + 1 - total))) > 0) {
            total += read;
            if (total > max) {
                return Optional.empty();
            }
            out.write(buffer, 0, read);
        }
        return Optional.of(out.toByteArray());
    }
}
