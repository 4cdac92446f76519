package org.peercert.curriculum.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same course files give the same reading and hash on the default file system, in memory and in a zip. */
class ContentHashFileSystemsTest {

    private static final Path DPSC = Path.of("curriculum/dpsc");

    @Test
    void dpscHasTheSameHashOnDiskInMemoryAndZipped(@TempDir Path tmp) throws IOException {
        String onDisk = ContentHash.of(DPSC);
        var files = CourseTree.read(DPSC);
        try (var inMemory = CourseTree.inMemory(files)) {
            assertThat(ContentHash.of(inMemory.root())).isEqualTo(onDisk);
            assertThat(CurriculumReader.read(inMemory.root(), "dpsc").course().contentHash()).isEqualTo(onDisk);
        }
        Path zip = tmp.resolve("dpsc.zip");
        try (var fs = FileSystems.newFileSystem(URI.create("jar:" + zip.toUri()), Map.of("create", "true"))) {
            for (var file : files.entrySet()) {
                Path target = fs.getPath("/dpsc/" + file.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
            }
        }
        try (var fs = FileSystems.newFileSystem(zip)) {
            Path root = fs.getPath("/dpsc");
            assertThat(ContentHash.of(root)).isEqualTo(onDisk);
            var read = CurriculumReader.read(root, "dpsc");
            assertThat(read.problems()).isEmpty();
            assertThat(read.course().contentHash()).isEqualTo(onDisk);
        }
    }
}
