package org.peercert.authoring.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peercert.authoring.VersionBump;

/** The pure parts of the editors: reading and writing the files, where a problem's line lies, image checks, the next version. */
class DraftFilesTest {

    private static final String QUIZ = """
            review: never
            questions:
              - id: q1
                type: true-false
                prompt: Is it?
                answer: true
              - id: q2
                type: single
                prompt: Which one?
                options:
                  - text: A
                    correct: true
            """;

    @Test
    void aProblemsLineIsTracedToTheQuestionAndFieldThatHoldIt() {
        assertThat(DraftYaml.pathAt(QUIZ, 1)).containsExactly("review");
        assertThat(DraftYaml.pathAt(QUIZ, 5)).containsExactly("questions", 0, "prompt");
        assertThat(DraftYaml.pathAt(QUIZ, 7)).containsExactly("questions", 1, "id");
        assertThat(DraftYaml.pathAt(QUIZ, 12)).containsExactly("questions", 1, "options", 0, "correct");
        assertThat(DraftYaml.pathAt("not: [valid", 1)).isEmpty();
    }

    @Test
    void filesKeepTheirKeyOrderAndAreWrittenBackInBlockStyle() {
        Map<String, Object> quiz = DraftYaml.load(QUIZ);
        assertThat(quiz.keySet()).containsExactly("review", "questions");
        String written = DraftYaml.dump(quiz);
        assertThat(written).startsWith("review: never\nquestions:\n  - id: q1\n");
        assertThat(DraftYaml.load(written)).isEqualTo(quiz);
    }

    @Test
    void yamlThatIsNotAMappingOrNotYamlIsRefusedWithAMessage() {
        assertThatThrownBy(() -> DraftYaml.load("- a\n- b")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mapping");
        assertThatThrownBy(() -> DraftYaml.load("a: [b")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not valid YAML");
        assertThatThrownBy(() -> DraftYaml.load("a: !!javax.script.ScriptEngineManager [x]")).isInstanceOf(IllegalArgumentException.class);
    }

    /** The forms' text areas take pasted YAML: a "billion laughs" or a deep nest is refused, not expanded. */
    @Test
    void anAliasBombOrADeepNestPastedIntoAFormIsRefusedWithAMessage() {
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (char level = 'b'; level <= 'j'; level++) {
            char previous = (char) (level - 1);
            bomb.append(level).append(": &").append(level).append(" [");
            bomb.append(String.join(", ", Collections.nCopies(10, "*" + previous))).append("]\n");
        }
        assertThatThrownBy(() -> DraftYaml.load(bomb.toString())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not valid YAML");
        String deep = "a: " + "[".repeat(200) + "]".repeat(200);
        assertThatThrownBy(() -> DraftYaml.load(deep)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not valid YAML");
        assertThat(DraftYaml.load("a: &x [1, 2]\nb: *x")).containsEntry("b", List.of(1, 2));
    }

    @Test
    void aLessonsFrontMatterAndBodyAreSplitAndJoinedWithTheBodysFirstLine() {
        var lesson = LessonFile.parse("---\ntitle: Hello\nminutes: 3\n---\n# Body\n\ntext\n");
        assertThat(lesson.title()).isEqualTo("Hello");
        assertThat(lesson.body()).isEqualTo("# Body\n\ntext\n");
        assertThat(lesson.bodyLine()).isEqualTo(5);
        var edited = lesson.withTitleAndBody("Hi", "new\n");
        assertThat(edited.text()).isEqualTo("---\ntitle: Hi\nminutes: 3\n---\nnew\n");
        assertThat(LessonFile.parse(edited.text()).body()).isEqualTo("new\n");
    }

    @Test
    void imagesAreRecognisedByTheirFirstBytesNotTheirNames() {
        assertThat(DraftImages.extension(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0})).contains("png");
        assertThat(DraftImages.extension(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0})).contains("jpg");
        assertThat(DraftImages.extension("GIF89a....".getBytes(StandardCharsets.US_ASCII))).contains("gif");
        assertThat(DraftImages.extension("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII))).contains("webp");
        assertThat(DraftImages.extension("<svg onload=alert(1)>".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(DraftImages.extension("GIF8".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(DraftImages.fileName("../../Señal de Crisis.PNG.exe", "png")).isEqualTo("senal-de-crisis-png.png");
        assertThat(DraftImages.markdown("A [phone]\nscreen", "a.png")).isEqualTo("![A  phone  screen](images/a.png)");
    }

    @Test
    void theBumpTheTrainerChoosesGivesTheNextSemanticVersion() {
        assertThat(PublishDialog.next("1.2.3", VersionBump.PATCH)).isEqualTo("1.2.4");
        assertThat(PublishDialog.next("1.2.3", VersionBump.MINOR)).isEqualTo("1.3.0");
        assertThat(PublishDialog.next("1.2.3", VersionBump.MAJOR)).isEqualTo("2.0.0");
        assertThat(PublishDialog.next(null, VersionBump.PATCH)).isEqualTo("1.0.0");
        assertThat(List.of(VersionBump.values())).containsExactly(VersionBump.PATCH, VersionBump.MINOR, VersionBump.MAJOR);
    }
}
