package org.peercert.certification.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The bitstring of a W3C Bitstring Status List (Recommendation 2025): index 0 is the left-most bit, i.e. the most
 * significant bit of the first byte. {@code encodedList} is the multibase base64url form (prefix {@code u}, no
 * padding) of the GZIP-compressed bits. {@link #SIZE} is the spec's minimum of 16 KB, so that one set bit does not
 * single out a certificate.
 */
public final class BitstringStatusList {

    public static final int SIZE = 131_072;
    private static final int MAX_DECODED_BYTES = 16 * 1024 * 1024;

    private final byte[] bits;

    private BitstringStatusList(byte[] bits) {
        this.bits = bits;
    }

    public static BitstringStatusList empty() {
        return new BitstringStatusList(new byte[SIZE / 8]);
    }

    /** Reads an {@code encodedList}; a value that is not multibase base64url GZIP is refused with the reason. */
    public static BitstringStatusList decode(String encodedList) {
        if (!encodedList.startsWith("u")) {
            throw new IllegalArgumentException("encodedList must be multibase base64url (prefix 'u')");
        }
        byte[] compressed = Base64.getUrlDecoder().decode(encodedList.substring(1));
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            byte[] bits = in.readNBytes(MAX_DECODED_BYTES);
            if (bits.length * 8 < SIZE) {
                throw new IllegalArgumentException("status list shorter than " + SIZE + " entries: " + bits.length * 8);
            }
            return new BitstringStatusList(bits);
        } catch (IOException e) {
            throw new IllegalArgumentException("encodedList is not GZIP data", e);
        }
    }

    public int size() {
        return bits.length * 8;
    }

    public void set(int index) {
        bits[byteOf(index)] |= (byte) mask(index);
    }

    public boolean isSet(int index) {
        return (bits[byteOf(index)] & mask(index)) != 0;
    }

    public String encode() {
        var compressed = new ByteArrayOutputStream();
        try (var gzip = new GZIPOutputStream(compressed)) {
            gzip.write(bits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(compressed.toByteArray());
    }

    private int byteOf(int index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException("status list index " + index + " outside 0.." + (size() - 1));
        }
        return index / 8;
    }

    private static int mask(int index) {
        return 0x80 >>> (index % 8);
    }
}
