package org.peercert.certification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.peercert.assessment.AnswerKey;
import org.peercert.assessment.AttemptService;
import org.peercert.assessment.AttemptSheet;
import org.peercert.assessment.QuestionBank;
import org.peercert.curriculum.CurriculumLoader;
import org.peercert.learning.CourseHome;
import org.peercert.learning.LearningService;
import org.springframework.context.ApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * A test course with a refresher: the minimal curriculum fixture (12 months valid) under a fresh id, with
 * {@code renewal: {opens_days_before: 60, modules: [texting], knowledge_check: post}}, loaded into the shared context.
 * Also takes the course and its attempts the way a trainee does.
 */
public final class RenewableCourse {

    static final int OPENS_DAYS_BEFORE = 60;

    public final String key = "renew-" + UUID.randomUUID().toString().substring(0, 8);
    private final ApplicationContext context;

    public RenewableCourse(ApplicationContext context, Path root) {
        this.context = context;
        try {
            Path course = root.resolve(key);
            FileSystemUtils.copyRecursively(Path.of("src/test/resources/curriculum-fixtures/minimal"), course);
            Path yaml = course.resolve("course.yaml");
            Files.writeString(yaml, Files.readString(yaml).replaceFirst("(?m)^id: .*$", "id: " + key)
                    + "renewal:\n  opens_days_before: " + OPENS_DAYS_BEFORE + "\n  modules: [texting]\n  knowledge_check: post\n");
            context.getBean(CurriculumLoader.class).loadAll(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Enrolls the (confirmed) trainee and passes every step with every answer right. */
    public long complete(long user) {
        LearningService learning = context.getBean(LearningService.class);
        long enrollment = learning.enroll(user, key);
        long pre = learning.startPreTest(user, enrollment).id();
        answerRight(user, pre);
        learning.submit(user, enrollment, pre);
        CourseHome home = learning.home(user, enrollment);
        for (var module : home.modules()) {
            module.module().lessons().forEach(lesson -> learning.markLessonDone(user, enrollment, lesson.id()));
            long quiz = learning.startQuiz(user, enrollment, module.module().key()).id();
            answerRight(user, quiz);
            learning.submit(user, enrollment, quiz);
        }
        long post = learning.startPostTest(user, enrollment).id();
        answerRight(user, post);
        learning.submit(user, enrollment, post);
        if (!learning.home(user, enrollment).completed()) {
            throw new IllegalStateException("the test course was not completed");
        }
        return enrollment;
    }

    /** Saves the right answer to every question of an open attempt. */
    void answerRight(long user, long attemptId) {
        AttemptService attempts = context.getBean(AttemptService.class);
        AttemptSheet sheet = attempts.sheet(attemptId, user);
        AnswerKey.answerAll(sheet, context.getBean(QuestionBank.class).quiz(sheet.attempt().courseVersionId(),
                sheet.attempt().quizKey()), Integer.MAX_VALUE, (question, answer) -> attempts.saveAnswer(attemptId, user, question, answer));
    }
}
