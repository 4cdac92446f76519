package org.peercert.cohort.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.peercert.account.Role;
import org.springframework.security.access.AccessDeniedException;

/** Version-wide aggregates are for admins; trainers wait for their cohorts' scopes; trainees never see reports. */
class ReportAccessTest {

    private final ReportAccess access = new ReportAccess();
    private final ReportScope version = ReportScope.version("DPSC", 1);
    private final ReportScope cohort = new ReportScope("Cohort", 1, List.of(5L, 6L));

    @Test
    void adminSeesEveryScope() {
        assertThat(access.mayView(1, Role.ADMIN, version)).isTrue();
        assertThat(access.mayView(1, Role.ADMIN, cohort)).isTrue();
    }

    @Test
    void trainerDoesNotSeeVersionWideAggregates() {
        assertThat(access.mayView(2, Role.TRAINER, version)).isFalse();
        assertThatThrownBy(() -> access.check(2, Role.TRAINER, version)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void traineeSeesNoReportEvenOfAScopeThatIncludesThem() {
        assertThat(access.mayView(5, Role.TRAINEE, cohort)).isFalse();
        assertThat(access.mayView(5, Role.TRAINEE, version)).isFalse();
    }
}
