package org.peercert.certification.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.peercert.PeerCertTest;
import org.peercert.certification.CertificateFixtures;
import org.peercert.certification.CertificateService;
import org.peercert.certification.ob3.OpenBadges;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.ObjectMapper;

/** Positions in the status list on the real database, and the signed list served consistently by two instances. */
@PeerCertTest
class StatusListTest {

    @Autowired ApplicationContext context;
    @Autowired JdbcTemplate jdbc;
    @Autowired CertificateService certificates;
    @Autowired StatusListIndexes indexes;
    @Autowired StatusLists statusLists;
    @Autowired OpenBadges badges;
    @Autowired Clock clock;

    private CertificateFixtures fixtures() {
        return new CertificateFixtures(context);
    }

    private Integer indexOf(String id) {
        return jdbc.queryForObject("SELECT status_list_index FROM certificate WHERE id = ?", Integer.class, id);
    }

    @Test
    void eachIssuedCertificateGetsItsOwnPosition() {
        var first = fixtures().issue("Position One");
        var second = fixtures().issue("Position Two");

        assertThat(indexOf(first.id())).isNotNull().isBetween(0, BitstringStatusList.SIZE - 1);
        assertThat(indexOf(second.id())).isNotNull().isNotEqualTo(indexOf(first.id()));
    }

    @Test
    void aPositionAlreadyTakenIsDrawnAgain() {
        var holder = fixtures().issue("Taken Position");
        var newcomer = fixtures().issue("New Comer");
        int taken = indexOf(holder.id());
        jdbc.update("UPDATE certificate SET status_list_index = NULL WHERE id = ?", newcomer.id());
        int free = (taken + 1) % BitstringStatusList.SIZE;
        while (jdbc.queryForObject("SELECT COUNT(*) FROM certificate WHERE status_list_index = ?", Integer.class, free) > 0) {
            free = (free + 1) % BitstringStatusList.SIZE;
        }
        var draws = List.of(taken, free).iterator();
        var scripted = new StatusListIndexes(jdbc, new RandomGenerator() {
            @Override
            public long nextLong() {
                throw new UnsupportedOperationException("only nextInt(bound) is drawn");
            }

            @Override
            public int nextInt(int bound) {
                return draws.next();
            }
        });

        assertThat(scripted.assign(newcomer.id())).isEqualTo(free);
        assertThat(indexOf(newcomer.id())).isEqualTo(free);
        assertThat(indexOf(holder.id())).isEqualTo(taken);
    }

    @Test
    void certificatesFromBeforeStatusListsGetAPositionAndTheirRevocationShows() {
        var earlier = fixtures().issue("Before Lists");
        jdbc.update("UPDATE certificate SET status_list_index = NULL WHERE id = ?", earlier.id());

        indexes.assignMissing();

        Integer index = indexOf(earlier.id());
        assertThat(index).isNotNull();
        certificates.revoke(earlier.id(), "Issued in error", "admin@example.org");
        assertThat(bitIn(statusLists.current(), index)).isTrue();
    }

    @Test
    void aRevocationOnOneInstanceShowsInTheListServedByAnother() {
        var issued = fixtures().issue("Two Instances");
        int index = indexOf(issued.id());
        var otherInstance = new StatusLists(jdbc, badges, clock, certificates.baseUrl());
        var before = statusLists.current();
        assertThat(otherInstance.current().version()).isEqualTo(before.version());
        assertThat(bitIn(before, index)).isFalse();

        certificates.revoke(issued.id(), "Withdrawn", "admin@example.org"); // through this instance's bean

        var seenByOther = otherInstance.current();
        assertThat(seenByOther.version()).isGreaterThan(before.version());
        assertThat(bitIn(seenByOther, index)).isTrue();
        var seenHere = statusLists.current();
        assertThat(seenHere.version()).isEqualTo(seenByOther.version());
        assertThat(bitIn(seenHere, index)).isTrue();
        assertThat(seenHere.jwt()).as("signed once per change, then served from the database").isEqualTo(seenByOther.jwt());
    }

    @SuppressWarnings("unchecked")
    private static boolean bitIn(org.peercert.certification.RevocationList list, int index) {
        Map<String, Object> credential = new ObjectMapper().readValue(list.json(), Map.class);
        var subject = (Map<String, Object>) credential.get("credentialSubject");
        return BitstringStatusList.decode((String) subject.get("encodedList")).isSet(index);
    }
}
