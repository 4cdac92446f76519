package org.peercert.cohort.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.peercert.PeerCertTest;
import org.peercert.account.Role;
import org.peercert.cohort.Cohort;
import org.peercert.cohort.CohortFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/**
 * Version-wide aggregates are for admins; a cohort's report is for those who run the cohort, over its own
 * members only; trainees never see reports, not even of a scope that includes them.
 */
@PeerCertTest
class ReportAccessTest {

    @Autowired ReportAccess access;
    @Autowired ApplicationContext context;

    @Test
    void adminSeesEveryScope() {
        assertThat(access.mayView(1, Role.ADMIN, ReportScope.version("DPSC", 1))).isTrue();
        assertThat(access.mayView(1, Role.ADMIN, new ReportScope("Cohort", 1, List.of(5L, 6L)))).isTrue();
    }

    @Test
    void trainerDoesNotSeeVersionWideAggregates() {
        var f = new CohortFixtures(context);
        long trainer = f.trainer("Tina Trainer");
        var version = ReportScope.version("DPSC", f.dpscVersion());
        assertThat(access.mayView(trainer, Role.TRAINER, version)).isFalse();
        assertThatThrownBy(() -> access.check(trainer, Role.TRAINER, version)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void trainersAndCoTrainersSeeTheirCohortsReportOverItsMembersOnly() {
        var f = new CohortFixtures(context);
        long creator = f.trainer("Cara Creator");
        long coTrainer = f.trainer("Cole Co");
        long other = f.trainer("Olga Other");
        long version = f.dpscVersion();
        Cohort cohort = f.cohort(creator, version, coTrainer);
        long member = f.trainee("Mia Member");
        long memberEnrollment = f.join(creator, cohort.getId(), member);
        Cohort elsewhere = f.cohort(other, version);
        long outsiderEnrollment = f.join(other, elsewhere.getId(), f.trainee("Olivia Outsider"));

        var scope = ReportScope.cohort(cohort.getId(), "Cohort", version, List.of(memberEnrollment));
        assertThat(access.mayView(creator, Role.TRAINER, scope)).isTrue();
        assertThat(access.mayView(coTrainer, Role.TRAINER, scope)).isTrue();
        assertThat(access.mayView(other, Role.TRAINER, scope)).as("a trainer who does not run it").isFalse();
        assertThat(access.mayView(creator, Role.TRAINER,
                ReportScope.cohort(cohort.getId(), "Widened", version, List.of(memberEnrollment, outsiderEnrollment))))
                .as("a scope naming someone outside the cohort").isFalse();
        assertThat(access.mayView(creator, Role.TRAINER, new ReportScope("No cohort", version, List.of(memberEnrollment))))
                .as("a set of enrollments without a cohort").isFalse();
        assertThat(access.mayView(member, Role.TRAINEE, scope)).as("the trainee in it").isFalse();
    }

    @Test
    void traineeSeesNoReportEvenOfAScopeThatIncludesThem() {
        assertThat(access.mayView(5, Role.TRAINEE, new ReportScope("Cohort", 1, List.of(5L, 6L)))).isFalse();
        assertThat(access.mayView(5, Role.TRAINEE, ReportScope.version("DPSC", 1))).isFalse();
    }
}
