package org.peercert.authoring.ui;

import java.util.Arrays;
import java.util.Optional;

/**
 * Images a trainer uploads into a lesson: png, jpeg, gif or webp up to 1 MB, recognised by their first
 * bytes (the name and the browser's content type are the uploader's claim, not the file's).
 */
final class DraftImages {

    static final int MAX_BYTES = 1_000_000;

    private DraftImages() {}

    /** The file's real image type as its extension (png, jpg, gif, webp), or empty when it is none of them. */
    static Optional<String> extension(byte[] content) {
        if (starts(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("png");
        } else if (starts(content, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("jpg");
        } else if (starts(content, 'G', 'I', 'F', '8') && content.length > 5 && (content[4] == '7' || content[4] == '9') && content[5] == 'a') {
            return Optional.of("gif");
        } else if (starts(content, 'R', 'I', 'F', 'F') && content.length >= 12
                && Arrays.equals(Arrays.copyOfRange(content, 8, 12), "WEBP".getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
            return Optional.of("webp");
        }
        return Optional.empty();
    }

    /** A safe file name from the uploaded one: lower-case letters, digits and dashes, and the real extension. */
    static String fileName(String uploaded, String extension) {
        String base = uploaded.contains(".") ? uploaded.substring(0, uploaded.lastIndexOf('.')) : uploaded;
        String slug = DraftTree.slug(base);
        return (slug.isEmpty() ? "image" : slug) + "." + extension;
    }

    /** The Markdown that shows the image; brackets in the alt text would end it early, so they are dropped. */
    static String markdown(String alt, String fileName) {
        return "![" + alt.replaceAll("[\\[\\]\\n]", " ").strip() + "](images/" + fileName + ")";
    }

    private static boolean starts(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
