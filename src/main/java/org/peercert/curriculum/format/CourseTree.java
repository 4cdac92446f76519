package org.peercert.curriculum.format;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A course as a map of '/'-separated relative paths to bytes, and back to a folder: a draft kept in the database
 * or a version's stored files become an in-memory file system that the reader, validator and content hash read
 * exactly like a {@code curriculum/} checkout.
 */
public final class CourseTree {

    private CourseTree() {}

    /** Every regular file below {@code root} (on any file system). */
    public static SortedMap<String, byte[]> read(Path root) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(ContentHash.relative(root, file), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** The files written into a fresh in-memory file system; close it when done. */
    public static InMemory inMemory(Map<String, byte[]> files) {
        FileSystem fs = Jimfs.newFileSystem(Configuration.unix());
        Path root = fs.getPath("/course");
        try {
            Files.createDirectories(root);
            for (var file : files.entrySet()) {
                Path target = root.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
            }
        } catch (IOException e) {
            closeQuietly(fs);
            throw new UncheckedIOException(e);
        }
        return new InMemory(fs, root);
    }

    /** An in-memory course folder at {@code root}. */
    public record InMemory(FileSystem fileSystem, Path root) implements AutoCloseable {
        @Override
        public void close() {
            closeQuietly(fileSystem);
        }
    }

    private static void closeQuietly(FileSystem fs) {
        try {
            fs.close();
        } catch (IOException e) {
            // an in-memory file system has nothing to flush
        }
    }
}
