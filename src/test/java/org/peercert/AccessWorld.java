package org.peercert;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.peercert.AccessMatrix.Actor;
import org.peercert.account.AccountService;
import org.peercert.authoring.Drafts;
import org.peercert.authoring.PublishOutcome;
import org.peercert.authoring.VersionBump;
import org.peercert.certification.CertificateFixtures;
import org.peercert.cohort.Cohort;
import org.peercert.cohort.CohortFixtures;
import org.peercert.curriculum.CourseCatalog;
import org.peercert.learning.LearningService;
import org.peercert.practice.PracticeRuns;
import org.peercert.practice.PracticeService;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The people and objects of the access matrix, made through the real services: trainee A in trainer A's cohort with
 * a pre-test attempt, a written practice reply waiting for review and a certificate; trainer A owning a published
 * course with a lesson image and a draft of it; trainee B, trainer B and an admin who own nothing of A's.
 */
record AccessWorld(Map<Actor, Long> ids, Map<Actor, String> emails, Map<String, String> placeholders, List<String> privateToA) {

    static AccessWorld build(ApplicationContext context, MockMvc mvc) {
        var people = new CohortFixtures(context);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Map<Actor, Long> ids = new EnumMap<>(Actor.class);
        String traineeName = "Alma Matrix" + tag.replaceAll("[0-9]", "x");
        ids.put(Actor.TRAINEE, people.trainee(traineeName));
        ids.put(Actor.OTHER_TRAINEE, people.trainee("Bruno Other"));
        ids.put(Actor.TRAINER, people.trainer("Tess Matrix"));
        ids.put(Actor.OTHER_TRAINER, people.trainer("Otto Other"));
        ids.put(Actor.ADMIN, people.admin());
        Map<Actor, String> emails = new EnumMap<>(Actor.class);
        ids.forEach((actor, id) -> emails.put(actor, context.getBean(AccountService.class).findById(id).orElseThrow().getEmail()));

        long trainee = ids.get(Actor.TRAINEE);
        long trainer = ids.get(Actor.TRAINER);
        long dpsc = people.dpscVersion();
        Cohort cohort = people.cohort(trainer, dpsc);
        long enrollment = people.join(trainer, cohort.getId(), trainee);
        var learning = context.getBean(LearningService.class);
        long attempt = learning.startPreTest(trainee, enrollment).id();
        var sheet = learning.sheet(trainee, enrollment, attempt); // the lessons open once the pre-test is done
        org.peercert.assessment.AnswerKey.answerAll(sheet, context.getBean(org.peercert.assessment.QuestionBank.class)
                .quiz(sheet.attempt().courseVersionId(), org.peercert.assessment.QuestionBank.INSTRUMENT), Integer.MAX_VALUE,
                (key, answer) -> learning.saveAnswer(trainee, attempt, key, answer));
        learning.submit(trainee, enrollment, attempt);
        long lesson = learning.home(trainee, enrollment).modules().getFirst().module().lessons().getFirst().id();
        var practices = context.getBean(PracticeService.class);
        String reply = "matrix reply " + tag;
        long practice = practices.startOrResume(trainee, dpsc, "goal-dana-mornings").id();
        PracticeRuns.fill(practices, trainee, practice, Map.of("specific", reply));
        String certificate = new CertificateFixtures(context).issueFor(trainee, enrollment);

        var drafts = context.getBean(Drafts.class);
        String courseKey = "zz-access-" + tag;
        long newCourse = drafts.startNewCourse(trainer, courseKey, "Zz access matrix " + tag);
        String folder = drafts.files(trainer, newCourse).keySet().stream().filter(p -> p.startsWith("modules/") && p.endsWith("/module.yaml"))
                .findFirst().orElseThrow().replaceFirst("^modules/(.*)/module\\.yaml$", "$1");
        drafts.save(trainer, newCourse, "modules/" + folder + "/images/matrix.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 1, 2, 3}, 0);
        PublishOutcome published = drafts.publish(trainer, newCourse, VersionBump.MINOR);
        if (!published.published()) {
            throw new IllegalStateException("the matrix course did not publish: " + published.problems());
        }
        long draft = drafts.startFromLatest(trainer, courseKey);

        Map<String, String> placeholders = new java.util.HashMap<>();
        placeholders.put("{enrollmentA}", Long.toString(enrollment));
        placeholders.put("{attemptA}", Long.toString(attempt));
        placeholders.put("{lessonA}", Long.toString(lesson));
        placeholders.put("{practiceA}", Long.toString(practice));
        placeholders.put("{cohortA}", Long.toString(cohort.getId()));
        placeholders.put("{draftA}", Long.toString(draft));
        placeholders.put("{certificateA}", certificate);
        placeholders.put("{dpscVersion}", Long.toString(dpsc));
        placeholders.put("{dpscVersionNumber}", context.getBean(CourseCatalog.class).publishedCourse("dpsc").orElseThrow().version());
        placeholders.put("{imageVersion}", Long.toString(published.courseVersionId()));
        placeholders.put("{imageA}", folder + "/images/matrix.png");
        placeholders.put("{noSuchId}", "999999999999");
        placeholders.put("{jwk}", jwkThumbprint(mvc));
        return new AccessWorld(ids, emails, placeholders, List.of(traineeName, reply, certificate, cohort.getName()));
    }

    private static String jwkThumbprint(MockMvc mvc) {
        try {
            String jwks = mvc.perform(get("/.well-known/jwks.json")).andReturn().getResponse().getContentAsString();
            Matcher kid = Pattern.compile("/\\.well-known/jwks/([^\"]+)\"").matcher(jwks);
            if (!kid.find()) {
                throw new IllegalStateException("no key id in " + jwks);
            }
            return kid.group(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    long id(Actor actor) {
        return ids.get(actor);
    }

    String email(Actor actor) {
        return emails.get(actor);
    }

    String certificateA() {
        return placeholders.get("{certificateA}");
    }

    /** The table's sample with A's objects in place of its placeholders. */
    String fill(String sample) {
        String filled = sample;
        for (var placeholder : placeholders.entrySet()) {
            filled = filled.replace(placeholder.getKey(), placeholder.getValue());
        }
        if (filled.contains("{")) {
            throw new IllegalArgumentException("unknown placeholder in " + sample);
        }
        return filled;
    }
}
