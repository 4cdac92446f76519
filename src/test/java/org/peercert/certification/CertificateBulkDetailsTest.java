package org.peercert.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.peercert.PeerCertTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** A cohort's certificates in bulk: the same details as one enrollment at a time, in a fixed number of statements. */
@PeerCertTest
class CertificateBulkDetailsTest {

    @Autowired ApplicationContext context;
    @Autowired CertificateService certificates;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;

    @Test
    void detailsOfManyEnrollmentsTakeAsManySelectsForTwoAsForSixAndMatchEachEnrollmentsOwn() {
        var issuing = new CertificateFixtures(context);
        List<Long> enrollments = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            enrollments.add(issuing.issue("Bulk Holder " + i).enrollmentId());
        }

        long forTwo = selects(() -> certificates.forEnrollments(enrollments.subList(0, 2)));
        long forSix = selects(() -> certificates.forEnrollments(enrollments));

        assertThat(forSix).isEqualTo(forTwo);
        assertThat(certificates.forEnrollments(enrollments))
                .isEqualTo(enrollments.stream().flatMap(e -> certificates.forEnrollment(e).stream()).toList())
                .hasSize(6)
                .allSatisfy(c -> assertThat(c.scores()).isNotEmpty());
    }

    /** SELECTs the call sends, counted by MariaDB on the transaction's own connection. */
    private long selects(Supplier<?> call) {
        return transactions.execute(status -> {
            long before = comSelect();
            call.get();
            return comSelect() - before;
        });
    }

    private long comSelect() {
        return jdbc.queryForObject("SHOW SESSION STATUS LIKE 'Com_select'", (rs, i) -> rs.getLong(2));
    }
}
