package org.peercert.authoring;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Reads an uploaded course zip within hard limits, counting while inflating (header sizes are never trusted):
 * compressed ≤ 20 MB, ≤ 2,000 entries, each ≤ 1 MB inflated, all ≤ 50 MB; every name must stay inside the root
 * ({@link DraftPaths}). A single top-level folder is taken as the course root.
 */
final class SafeZip {

    static final long MAX_COMPRESSED = 20_000_000;
    static final int MAX_ENTRIES = 2_000;
    static final long MAX_INFLATED = 50_000_000;

    private SafeZip() {}

    static SortedMap<String, byte[]> read(InputStream upload) {
        var counted = new LimitedStream(upload, MAX_COMPRESSED);
        SortedMap<String, byte[]> files = new TreeMap<>();
        long total = 0;
        int entries = 0;
        try (var zip = new ZipInputStream(counted)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (++entries > MAX_ENTRIES) {
                    throw refused("it has more than " + MAX_ENTRIES + " entries");
                }
                String name = entry.getName();
                if (name.startsWith("/") || name.contains("\\") || name.matches("^[A-Za-z]:.*") || ("/" + name + "/").contains("/../")) {
                    throw refused("the entry '" + printable(name) + "' points outside the course folder");
                }
                if (entry.isDirectory() || ignored(name)) {
                    continue;
                }
                byte[] content = inflate(zip, name);
                total += content.length;
                if (total > MAX_INFLATED) {
                    throw refused("its files add up to more than 50 MB");
                }
                if (files.put(name, content) != null) {
                    throw refused("the entry '" + printable(name) + "' is in it twice");
                }
            }
        } catch (LimitedStream.TooLarge e) {
            throw refused("it is larger than 20 MB");
        } catch (ZipException e) {
            throw refused("it is not a readable zip (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw refused("it could not be read (" + e.getMessage() + ")");
        }
        if (files.isEmpty()) {
            throw refused("it holds no files");
        }
        return checked(withoutTopFolder(files));
    }

    private static byte[] inflate(ZipInputStream zip, String name) throws IOException {
        var out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n; (n = zip.read(buffer)) > 0; ) {
            if (out.size() + n > DraftPaths.MAX_FILE_BYTES) {
                throw refused("the entry '" + printable(name) + "' inflates to more than 1 MB");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** Files a zip tool adds on its own (macOS resource forks, Finder and Explorer metadata). */
    private static boolean ignored(String name) {
        String file = name.substring(name.lastIndexOf('/') + 1);
        return name.startsWith("__MACOSX/") || file.startsWith(".") || file.equals("Thumbs.db");
    }

    /** course/x.yaml, course/modules/... -> x.yaml, modules/... when every file is in one folder. */
    private static SortedMap<String, byte[]> withoutTopFolder(SortedMap<String, byte[]> files) {
        if (files.containsKey("course.yaml")) {
            return files;
        }
        String first = files.firstKey();
        int slash = first.indexOf('/');
        if (slash < 0) {
            return files;
        }
        String top = first.substring(0, slash + 1);
        if (!files.keySet().stream().allMatch(p -> p.startsWith(top))) {
            return files;
        }
        SortedMap<String, byte[]> inner = new TreeMap<>();
        files.forEach((path, bytes) -> inner.put(path.substring(top.length()), bytes));
        return inner;
    }

    private static SortedMap<String, byte[]> checked(SortedMap<String, byte[]> files) {
        for (String path : files.keySet()) {
            String problem = DraftPaths.problem(path);
            if (problem != null) {
                throw refused(printable(path) + ": " + problem);
            }
        }
        if (!files.containsKey("course.yaml")) {
            throw refused("it has no course.yaml at its root (or in its one top-level folder)");
        }
        return files;
    }

    private static String printable(String name) {
        String shown = name.replaceAll("\\p{Cntrl}", "?");
        return shown.length() > 120 ? shown.substring(0, 117) + "..." : shown;
    }

    private static AuthoringException refused(String why) {
        return AuthoringException.invalid("The zip was refused: " + why + ".");
    }

    /** Stops reading the upload past {@code limit} bytes. */
    private static final class LimitedStream extends java.io.FilterInputStream {
        static final class TooLarge extends IOException {}

        private final long limit;
        private long read;

        LimitedStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) throws TooLarge {
            read += n;
            if (read > limit) {
                throw new TooLarge();
            }
        }
    }
}
