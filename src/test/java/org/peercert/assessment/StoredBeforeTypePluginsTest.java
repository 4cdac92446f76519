package org.peercert.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.peercert.PeerCertTest;
import org.peercert.TestUsers;
import org.peercert.account.AccountService;
import org.peercert.account.Registration;
import org.peercert.assessment.PresentedQuestion.Choice;
import org.peercert.curriculum.CourseCatalog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Question definitions and answers stored before each question type owned its fields had one shape for all types
 * (every field present, empty when unused). These literal strings are what that code wrote (a question of every
 * type, an answer of every type); the rows are written straight into the database and read back through today's
 * engine: shown, answered and graded as before.
 */
@PeerCertTest
class StoredBeforeTypePluginsTest {

    static final List<String> DEFINITIONS = List.of(
            """
            {"id":"q-single","type":"single","competency":"rights","prompt":"Pick one","points":2,"explanation":"Why","options":[{"text":"Yes","correct":true,"feedback":"Right"},{"text":"No","correct":false,"feedback":"Wrong"}],"answer":null,"pairs":[],"items":[],"accepted":[],"vignette":null,"parts":[]}""",
            """
            {"id":"q-multiple","type":"multiple","competency":"rights","prompt":"Pick all","points":3,"explanation":"Why","options":[{"text":"A","correct":true,"feedback":"fa"},{"text":"B","correct":true,"feedback":"fb"},{"text":"C","correct":false,"feedback":"fc"}],"answer":null,"pairs":[],"items":[],"accepted":[],"vignette":null,"parts":[]}""",
            """
            {"id":"q-tf","type":"true-false","competency":"rights","prompt":"True?","points":1,"explanation":"Why","options":[],"answer":true,"pairs":[],"items":[],"accepted":[],"vignette":null,"parts":[]}""",
            """
            {"id":"q-matching","type":"matching","competency":"rights","prompt":"Match","points":3,"explanation":"Why","options":[],"answer":null,"pairs":[{"left":"a","right":"1"},{"left":"b","right":"2"},{"left":"c","right":"3"}],"items":[],"accepted":[],"vignette":null,"parts":[]}""",
            """
            {"id":"q-ordering","type":"ordering","competency":"rights","prompt":"Order","points":3,"explanation":"Why","options":[],"answer":null,"pairs":[],"items":["one","two","three"],"accepted":[],"vignette":null,"parts":[]}""",
            """
            {"id":"q-short","type":"short-text","competency":"rights","prompt":"Type","points":1,"explanation":"Why","options":[],"answer":null,"pairs":[],"items":[],"accepted":["consent"],"vignette":null,"parts":[]}""",
            """
            {"id":"q-scenario","type":"scenario","competency":"crisis","prompt":"The case","points":1,"explanation":"Why all","options":[],"answer":null,"pairs":[],"items":[],"accepted":[],"vignette":"A person texts at night.","parts":[{"id":"q-sc-1","type":"single","competency":"crisis","prompt":"Part one","points":1,"explanation":"Why 1","options":[{"text":"Yes","correct":true,"feedback":"Right"},{"text":"No","correct":false,"feedback":"Wrong"}],"answer":null,"pairs":[],"items":[],"accepted":[],"vignette":null,"parts":[]},{"id":"q-sc-2","type":"true-false","competency":"crisis","prompt":"Part two","points":2,"explanation":"Why 2","options":[],"answer":false,"pairs":[],"items":[],"accepted":[],"vignette":null,"parts":[]}]}""");

    /** The answer shapes, with %s where the shown ids of this attempt go. */
    static final Map<String, String> ANSWERS = Map.of(
            "q-single", """
                    {"choices":["%s"],"truth":null,"order":[],"matches":{},"text":null,"parts":{}}""",
            "q-multiple", """
                    {"choices":["%s","%s"],"truth":null,"order":[],"matches":{},"text":null,"parts":{}}""",
            "q-tf", """
                    {"choices":[],"truth":true,"order":[],"matches":{},"text":null,"parts":{}}""",
            "q-matching", """
                    {"choices":[],"truth":null,"order":[],"matches":{"%s":"%s","%s":"%s","%s":"%s"},"text":null,"parts":{}}""",
            "q-ordering", """
                    {"choices":[],"truth":null,"order":["%s","%s","%s"],"matches":{},"text":null,"parts":{}}""",
            "q-short", """
                    {"choices":[],"truth":null,"order":[],"matches":{},"text":"Consent","parts":{}}""",
            "q-scenario", """
                    {"choices":[],"truth":null,"order":[],"matches":{},"text":null,"parts":{"q-sc-2":{"choices":[],"truth":false,"order":[],"matches":{},"text":null,"parts":{}},"q-sc-1":{"choices":["%s"],"truth":null,"order":[],"matches":{},"text":null,"parts":{}}}}""");

    @Autowired
    AttemptService attempts;

    @Autowired
    QuestionBank questionBank;

    @Autowired
    AccountService accounts;

    @Autowired
    CourseCatalog catalog;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyTypeStoredTheOldWayIsReadAsItWasAuthored() {
        Map<String, QuestionDefinition> read = DEFINITIONS.stream().map(QuestionBank::read)
                .collect(Collectors.toMap(QuestionDefinition::id, q -> q));
        QuestionFormat format = QuestionFormat.stored();

        assertThat(format.write(read.get("q-single"))).containsEntry("options", List.of(
                Map.of("text", "Yes", "correct", true, "feedback", "Right"), Map.of("text", "No", "correct", false, "feedback", "Wrong")));
        assertThat(format.write(read.get("q-tf"))).containsEntry("answer", true);
        assertThat(format.write(read.get("q-matching"))).containsEntry("pairs", List.of(
                Map.of("left", "a", "right", "1"), Map.of("left", "b", "right", "2"), Map.of("left", "c", "right", "3")));
        assertThat(format.write(read.get("q-ordering"))).containsEntry("items", List.of("one", "two", "three"));
        assertThat(format.write(read.get("q-short"))).containsEntry("accepted", List.of("consent"));
        assertThat(QuestionTypes.standard().parts(read.get("q-scenario"))).extracting(QuestionDefinition::id, QuestionDefinition::competency)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("q-sc-1", "crisis"), org.assertj.core.groups.Tuple.tuple("q-sc-2", "crisis"));
        // what is stored now reads back the same
        read.values().forEach(q -> assertThat(QuestionBank.read(tools.jackson.databind.json.JsonMapper.builder().build()
                .writeValueAsString(format.write(q)))).isEqualTo(q));
    }

    @Test
    void anAttemptOnOldRowsIsShownAndGradedFromTheOldAnswers() {
        long user = accounts.registerTrainee(new Registration("Ana Ruiz", TestUsers.uniqueEmail(), TestUsers.STRONG_PASSWORD, true, "en")).getId();
        long versionId = catalog.publishedCourse("dpsc").orElseThrow().versionId();
        String run = "o" + UUID.randomUUID().toString().substring(0, 8);
        String quiz = "legacy-" + run;
        for (int i = 0; i < DEFINITIONS.size(); i++) {
            String json = DEFINITIONS.get(i).replace("\"q-", "\"" + run + "-");
            Map<?, ?> head = tools.jackson.databind.json.JsonMapper.builder().build().readValue(json, Map.class);
            jdbc.update("insert into question (course_version_id, quiz_key, position, question_key, type, competency_key, points, definition)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?)", versionId, quiz, i, head.get("id"), head.get("type"), head.get("competency"),
                    head.get("points"), json);
        }
        AttemptSheet sheet = attempts.sheet(attempts.startOrResume(user, versionId, quiz, AttemptPurpose.QUIZ, 0).id(), user);
        assertThat(sheet.questions()).extracting(PresentedQuestion::prompt)
                .containsExactly("Pick one", "Pick all", "True?", "Match", "Order", "Type", "The case");
        Map<String, PresentedQuestion> shown = sheet.questions().stream().collect(Collectors.toMap(q -> q.key().substring(run.length() + 1), q -> q));

        PresentedQuestion matching = shown.get("matching");
        PresentedQuestion ordering = shown.get("ordering");
        Map<String, String> answers = Map.of(
                "single", ANSWERS.get("q-single").formatted(id(shown.get("single").choices(), "Yes")),
                "multiple", ANSWERS.get("q-multiple").formatted(id(shown.get("multiple").choices(), "A"), id(shown.get("multiple").choices(), "B")),
                "tf", ANSWERS.get("q-tf"),
                "matching", ANSWERS.get("q-matching").formatted(id(matching.choices(), "a"), id(matching.targets(), "1"),
                        id(matching.choices(), "b"), id(matching.targets(), "2"), id(matching.choices(), "c"), id(matching.targets(), "3")),
                "ordering", ANSWERS.get("q-ordering").formatted(id(ordering.choices(), "one"), id(ordering.choices(), "two"), id(ordering.choices(), "three")),
                "short", ANSWERS.get("q-short"),
                "scenario", ANSWERS.get("q-scenario").replace("q-sc-", run + "-sc-").formatted(id(shown.get("scenario").parts().getFirst().choices(), "Yes")));
        answers.forEach((key, json) -> jdbc.update("insert into attempt_answer (attempt_id, question_key, answer, saved_at) values (?, ?, ?, ?)",
                sheet.attempt().id(), run + "-" + key, json, java.sql.Timestamp.from(Instant.now())));

        AttemptSheet reopened = attempts.sheet(sheet.attempt().id(), user);
        assertThat(reopened.answers()).hasSize(7).allSatisfy((key, answer) -> assertThat(answer.given()).as(key).isTrue());
        AttemptResult result = attempts.submit(sheet.attempt().id(), user);

        assertThat(result.grades()).allSatisfy(grade -> assertThat(grade.fullyCorrect()).as(grade.key()).isTrue());
        assertThat(result.attempt().earned()).isEqualTo(2 + 3 + 1 + 3 + 3 + 1 + 3);
        assertThat(jdbc.queryForObject("select count(*) from attempt_item where attempt_id = ?", Integer.class, sheet.attempt().id()))
                .as("a scenario's parts are graded one by one").isEqualTo(8);
    }

    private static String id(List<Choice> choices, String text) {
        return choices.stream().filter(c -> c.text().equals(text)).findFirst().orElseThrow().id();
    }
}
