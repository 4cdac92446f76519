package org.peercert.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peercert.PeerCertTest;
import org.peercert.TestUsers;
import org.peercert.account.AccountService;
import org.peercert.account.Registration;
import org.peercert.curriculum.CourseCatalog;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

@PeerCertTest
class PracticePersonalDataTest {

    @Autowired
    PracticePersonalData data;

    @Autowired
    PracticeService practices;

    @Autowired
    AccountService accounts;

    @Autowired
    CourseCatalog catalog;

    private long register() {
        return accounts.registerTrainee(new Registration("Noor Aziz", TestUsers.uniqueEmail(), TestUsers.STRONG_PASSWORD, true, "en")).getId();
    }

    @Test
    void exportHoldsWrittenWorkAndTrainerCommentsAndEraseRemovesIt() {
        long version = catalog.publishedCourse("dpsc").orElseThrow().versionId();
        long user = register();
        long trainer = register();
        String words = "Dana will cook breakfast on Saturdays " + TestUsers.uniqueEmail();
        long attempt = practices.startOrResume(user, version, "goal-dana-mornings").id();
        PracticeRuns.fill(practices, user, attempt, Map.of("specific", words));
        long review = practices.pendingReviews().stream().filter(r -> r.written().contains(words)).findFirst().orElseThrow().reviewId();
        practices.review(review, trainer, Map.of("achievable", 1, "relevant", 1), "Nice and small.");

        String json = JsonMapper.builder().build().writeValueAsString(data.export(user));
        assertThat(json).contains(words, "Nice and small.");

        data.erase(trainer); // the trainee's reviewed work stays, without the trainer
        assertThat(practices.result(attempt, user).reviews()).singleElement().satisfies(r -> assertThat(r.comment()).isEqualTo("Nice and small."));
        data.erase(user);
        assertThat((List<?>) data.export(user)).isEmpty();
        assertThatThrownBy(() -> practices.session(attempt, user)).isInstanceOf(PracticeException.class);
    }
}
