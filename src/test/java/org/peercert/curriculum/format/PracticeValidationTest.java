package org.peercert.curriculum.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peercert.curriculum.format.CurriculumFixtures.copy;
import static org.peercert.curriculum.format.CurriculumFixtures.replaceOnce;
import static org.peercert.curriculum.format.CurriculumFixtures.write;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.peercert.practice.PracticeDefinition;

/** Practice files are validated with the rest of the curriculum; every problem names its file and line. */
class PracticeValidationTest {

    private static final String FILE = "modules/02-texting/practice-chat.yaml";

    /** A valid conversation; line numbers below refer to this text. */
    private static final String VALID = """
            id: chat
            kind: sms-conversation
            title: A short chat
            rubric:
              empathy: sms-support
              safety: crisis
            person: Jo
            situation: Jo texts you.
            turns:
              - id: start
                messages: ["Hi, rough day."]
                replies:
                  - id: kind
                    text: Sorry to hear that. What happened?
                    scores: {empathy: 2}
                    feedback: Warm and open.
                    next: risk
                  - id: cold
                    text: Ok.
                    scores: {empathy: 0}
                    feedback: Cold.
                    next: risk
              - id: risk
                messages: ["I might not be here tomorrow."]
                replies:
                  - id: escalate
                    text: I'm worried about you. Are you thinking about suicide? I'm calling my supervisor; 988 is there too.
                    scores: {safety: 2}
                    feedback: Ask directly and follow the protocol.
                    next: end
                  - id: chat-on
                    text: Let's talk about something nicer.
                    scores: {safety: 0}
                    feedback: A warning sign was missed.
                    next: end
              - id: end
                messages: ["ok"]
            """;

    @TempDir
    Path temp;

    private CurriculumReadResult readWith(Consumer<Path> edit) {
        Path course = copy(CurriculumFixtures.MINIMAL, temp.resolve("course"));
        write(course.resolve(FILE), VALID);
        edit.accept(course);
        return CurriculumReader.read(course, "c");
    }

    @Test
    void validPracticeFileIsReadIntoItsModule() {
        var result = readWith(c -> { });

        assertThat(result.report()).isEmpty();
        assertThat(result.course().modules().get(1).practices()).extracting(PracticeDefinition::id, PracticeDefinition::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("chat", "sms-conversation"));
    }

    private static Consumer<Path> edit(String from, String to) {
        return course -> replaceOnce(course.resolve(FILE), from, to);
    }

    /** One or two edits of the valid file, the line the problem must be reported at, and its message. */
    static Stream<Arguments> brokenPractices() {
        return Stream.of(
                broken("dangling branch", edit("next: risk\n      - id: cold", "next: nowhere\n      - id: cold"),
                        17, "dangling branch: reply 'kind' of turn 'start' leads to unknown turn 'nowhere'"),
                broken("unreachable turn", edit("next: risk\n      - id: cold", "next: end\n      - id: cold")
                                .andThen(edit("next: risk\n  - id: risk", "next: end\n  - id: risk")),
                        23, "turn 'risk' is unreachable: no reply leads to it"),
                broken("unknown rubric dimension in a reply", edit("scores: {empathy: 0}", "scores: {kindness: 0}"),
                        20, "reply 'cold' of turn 'start': unknown rubric dimension 'kindness'"),
                broken("unknown rubric dimension in the rubric", edit("  empathy: sms-support", "  charm: sms-support"),
                        5, "unknown rubric dimension 'charm' for sms-conversation"),
                broken("no terminal turn", edit("  - id: end\n    messages: [\"ok\"]\n", "  - id: end\n    messages: [\"ok\"]\n"
                                + "    replies:\n      - {id: a, text: a, scores: {empathy: 1}, feedback: a, next: start}\n"
                                + "      - {id: b, text: b, scores: {empathy: 1}, feedback: b, next: risk}\n"),
                        9, "no terminal turn: the conversation never ends"),
                broken("cycle without exit", edit("next: end\n      - id: chat-on", "next: start\n      - id: chat-on")
                                .andThen(edit("was missed.\n        next: end", "was missed.\n        next: start")),
                        10, "turn 'start' is in a cycle without exit: no path from it reaches an ending turn"),
                broken("reply time earlier than the message it answers", times("23:40", "09:05", null),
                        12, "turn 'start': reply time 09:05 is earlier than the message it answers (23:40)"),
                broken("next message earlier than the reply leading to it", times("23:40", "day 2 09:05", "09:20"),
                        26, "turn 'risk': its time 09:20 is earlier than reply 'kind' of turn 'start' (day 2 09:05) that leads to it"),
                broken("reply time that is not a time", times("23:40", "next morning", null),
                        12, "'reply_at' must be a time such as \"16:30\", or \"day 2 09:05\" for a later day"));
    }

    /** Gives the first turn a time and a reply time (lines 11 and 12) and, optionally, the second turn a time (line 26). */
    private static Consumer<Path> times(String at, String replyAt, @Nullable String riskAt) {
        Consumer<Path> start = edit("  - id: start\n", "  - id: start\n    at: \"" + at + "\"\n    reply_at: \"" + replyAt + "\"\n");
        return riskAt == null ? start : start.andThen(edit("  - id: risk\n", "  - id: risk\n    at: \"" + riskAt + "\"\n"));
    }

    private static Arguments broken(String name, Consumer<Path> edit, int line, String message) {
        return Arguments.of(Named.of(name, edit), line, message);
    }

    @ParameterizedTest
    @MethodSource("brokenPractices")
    void brokenPracticeIsReportedWithFileAndLine(Consumer<Path> edit, int line, String message) {
        var result = readWith(edit);

        assertThat(result.valid()).isFalse();
        assertThat(result.report()).contains("c/" + FILE + ":" + line + ": " + message);
    }

    @Test
    void theDpscCourseHasTwoConversationsTwoScheduleCasesAndTwoGoalCasesInTheirModules() {
        var course = CurriculumReader.read(CurriculumFixtures.DPSC, "curriculum/dpsc").course();

        assertThat(course).isNotNull();
        assertThat(course.modules()).filteredOn(m -> m.id().equals("sms")).singleElement()
                .satisfies(m -> assertThat(m.practices()).extracting(PracticeDefinition::kind).containsOnly("sms-conversation").hasSize(2));
        assertThat(course.modules()).filteredOn(m -> m.id().equals("ema")).singleElement()
                .satisfies(m -> assertThat(m.practices()).extracting(PracticeDefinition::kind).containsOnly("ema-schedule").hasSize(2));
        assertThat(course.modules()).filteredOn(m -> m.id().equals("goals")).singleElement()
                .satisfies(m -> assertThat(m.practices()).extracting(PracticeDefinition::kind).containsOnly("smart-goal").hasSize(2));
    }
}
