package org.peercert.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.peercert.PeerCertApplication;
import org.peercert.TestUsers;
import org.peercert.account.AccountService;
import org.peercert.account.Registration;
import org.peercert.curriculum.CourseCatalog;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** An attempt survives an application restart with every saved answer and the same option order. */
class AttemptResumeIT {

    private final String database = "t_resume_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(PeerCertApplication.class)
                .profiles("test")
                .run("--server.port=0", "--peercert.embedded-db.database=" + database);
    }

    @Test
    void attemptResumesAfterRestartWithTheSameAnswersAndOptionOrder() {
        long user;
        long attemptId;
        AttemptSheet before;
        try (var app = start()) {
            user = app.getBean(AccountService.class)
                    .registerTrainee(new Registration("Lee Park", TestUsers.uniqueEmail(), TestUsers.STRONG_PASSWORD, true, "en")).getId();
            long versionId = app.getBean(CourseCatalog.class).publishedCourse("dpsc").orElseThrow().versionId();
            var attempts = app.getBean(AttemptService.class);
            attemptId = attempts.startOrResume(user, versionId, "ema", AttemptPurpose.QUIZ, 0).id();
            AttemptSheet sheet = attempts.sheet(attemptId, user);
            List<QuestionDefinition> quiz = app.getBean(QuestionBank.class).quiz(versionId, "ema");
            AnswerKey.answerAll(sheet, quiz, quiz.size(), (key, answer) -> attempts.saveAnswer(attemptId, user, key, answer));
            before = attempts.sheet(attemptId, user);
        }

        try (var app = start()) {
            var attempts = app.getBean(AttemptService.class);
            AttemptSheet after = attempts.sheet(attemptId, user);
            assertThat(after.questions()).isEqualTo(before.questions());
            assertThat(after.answers()).isEqualTo(before.answers()).hasSize(before.questions().size());
            assertThat(attempts.submit(attemptId, user).attempt().percent()).isEqualTo(100.0);
        }
    }
}
