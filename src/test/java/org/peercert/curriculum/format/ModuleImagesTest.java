package org.peercert.curriculum.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

/** Lesson images in a module's images/ folder, checked by the reader on an in-memory course tree. */
class ModuleImagesTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};
    private static final String LESSON = "modules/01-basics/01-welcome.md";

    @Test
    void aLessonShowingAPngFromItsModulesImagesFolderReads() {
        var files = withImageReference("![A peer texting](images/texting.png)");
        files.put("modules/01-basics/images/texting.png", PNG);
        assertThat(read(files).problems()).isEmpty();
    }

    @Test
    void aMissingImageIsAProblemAtTheLessonsLine() {
        var files = withImageReference("![A peer texting](images/missing.png)");
        assertThat(read(files).problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("mini/" + LESSON);
            assertThat(p.line()).isGreaterThan(3);
            assertThat(p.message()).contains("images/missing.png");
        });
    }

    @Test
    void svgAndFilesWhoseBytesAreNotTheirKindAreRefused() {
        var files = CourseTree.read(Path.of("src/test/resources/curriculum-fixtures/minimal"));
        files.put("modules/01-basics/images/logo.svg", "<svg onload='alert(1)'/>".getBytes(StandardCharsets.UTF_8));
        files.put("modules/01-basics/images/fake.png", "<html>".getBytes(StandardCharsets.UTF_8));
        assertThat(read(files).problems()).extracting(Problem::message).containsExactlyInAnyOrder(
                "SVG images are not allowed (they can carry scripts): use PNG, JPEG, GIF or WebP",
                "the file is not a PNG image (its content does not match its name)");
    }

    private static SortedMap<String, byte[]> withImageReference(String markdown) {
        var files = CourseTree.read(Path.of("src/test/resources/curriculum-fixtures/minimal"));
        files.put(LESSON, (new String(files.get(LESSON), StandardCharsets.UTF_8) + "\n" + markdown + "\n").getBytes(StandardCharsets.UTF_8));
        return files;
    }

    private static CurriculumReadResult read(SortedMap<String, byte[]> files) {
        try (var tree = CourseTree.inMemory(files)) {
            return CurriculumReader.read(tree.root(), "mini");
        }
    }
}
