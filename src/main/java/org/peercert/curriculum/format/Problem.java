package org.peercert.curriculum.format;

/** One thing wrong in a curriculum file; {@code line} is 1-based. */
public record Problem(String file, int line, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
