package org.peercert.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peercert.PeerCertTest;
import org.peercert.TestUsers;
import org.peercert.account.AccountService;
import org.peercert.cohort.InviteReport.Reason;
import org.peercert.cohort.InviteReport.Refused;
import org.peercert.learning.LearningService;
import org.peercert.notification.Outbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Issue #15 item 1 on real MariaDB: cohorts, CSV and pasted invitations with the per-row report, joining, access. */
@PeerCertTest
class CohortInvitationsTest {

    @Autowired CohortInvitations invitations;
    @Autowired Cohorts cohorts;
    @Autowired LearningService learning;
    @Autowired AccountService accounts;
    @Autowired Outbox outbox;
    @Autowired ApplicationContext context;

    @Test
    void aMixedCsvInvitesTheValidRowsAndReportsEveryOtherRowWithItsNumberValueAndReason() {
        var f = new CohortFixtures(context);
        long trainer = f.trainer("Tina Trainer");
        Cohort cohort = f.cohort(trainer, f.dpscVersion());
        String pending = TestUsers.uniqueEmail();
        invitations.inviteText(trainer, cohort.getId(), pending, "en");
        long member = f.trainee("Mo Member");
        String memberEmail = accounts.findById(member).orElseThrow().getEmail();
        f.join(trainer, cohort.getId(), member);
        String first = TestUsers.uniqueEmail();
        String second = TestUsers.uniqueEmail();
        String badName = TestUsers.uniqueEmail();
        String csv = "\uFEFFnombre;correo\n"                                   // row 1: header, after a BOM, ';'-separated
                + "Ana López;" + first.toUpperCase() + "\n"                  // 2: valid (the address is normalised)
                + "\"=HYPERLINK(\"\"http://evil\"\")\";not-an-email\n"        // 3: invalid address, a formula is just data
                + "\n"                                                        // 4: blank, skipped
                + "Ana again;" + first + "\n"                                // 5: duplicate of row 2
                + "Pat Pending;" + pending + "\n"                            // 6: already invited
                + "Mo Member;" + memberEmail + "\n"                          // 7: already a member
                + "\"Bad\u0007Name\";" + badName + "\n"      // 8: a control character in the name
                + ";" + second + "\n";                                        // 9: valid, no name

        InviteReport report = invitations.inviteCsv(trainer, cohort.getId(), csv.getBytes(StandardCharsets.UTF_8), "es");

        assertThat(report.invited()).isEqualTo(2);
        assertThat(report.refused()).containsExactly(
                new Refused(3, "=HYPERLINK(\"http://evil\");not-an-email", Reason.INVALID_EMAIL),
                new Refused(5, "Ana again;" + first, Reason.DUPLICATE_IN_FILE),
                new Refused(6, "Pat Pending;" + pending, Reason.ALREADY_INVITED),
                new Refused(7, "Mo Member;" + memberEmail, Reason.ALREADY_ENROLLED),
                new Refused(8, "Bad\u0007Name;" + badName, Reason.INVALID_NAME));
        assertThat(report.countByReason()).containsExactlyInAnyOrderEntriesOf(Map.of(Reason.INVALID_EMAIL, 1L,
                Reason.DUPLICATE_IN_FILE, 1L, Reason.ALREADY_INVITED, 1L, Reason.ALREADY_ENROLLED, 1L, Reason.INVALID_NAME, 1L));
        var sent = invitations.of(trainer, cohort.getId());
        assertThat(sent).filteredOn(i -> i.getEmail().equals(first)).singleElement()
                .satisfies(i -> assertThat(i.getInviteeName()).isEqualTo("Ana López"));
        assertThat(sent).filteredOn(i -> i.getEmail().equals(second)).singleElement()
                .satisfies(i -> assertThat(i.getInviteeName()).isNull());
        assertThat(f.invitationToken(first)).isNotBlank(); // mailed through the existing invitation path
        assertThat(sent).filteredOn(i -> i.getEmail().equals(memberEmail)).singleElement()
                .satisfies(i -> assertThat(i.getAcceptedAt()).as("the trainer sees who accepted").isNotNull());
    }

    @Test
    void pastedLinesTakeAnAddressOrNameAndAddress() {
        var f = new CohortFixtures(context);
        long trainer = f.trainer("Tina Trainer");
        Cohort cohort = f.cohort(trainer, f.dpscVersion());
        String email = TestUsers.uniqueEmail();

        InviteReport report = invitations.inviteText(trainer, cohort.getId(),
                "José Núñez <" + email + ">\n\n  " + TestUsers.uniqueEmail() + "  \nwho?\n", "en");

        assertThat(report.invited()).isEqualTo(2);
        assertThat(report.refused()).containsExactly(new Refused(4, "who?", Reason.INVALID_EMAIL));
        assertThat(invitations.of(trainer, cohort.getId())).filteredOn(i -> i.getEmail().equals(email))
                .extracting(Invitation::getInviteeName).containsExactly("José Núñez");
    }

    @Test
    void anUnreadableFileIsRefusedWholeAndInvitesNobody() {
        var f = new CohortFixtures(context);
        long trainer = f.trainer("Tina Trainer");
        Cohort cohort = f.cohort(trainer, f.dpscVersion());
        byte[] latin1 = ("Zoë;" + TestUsers.uniqueEmail()).getBytes(StandardCharsets.ISO_8859_1);
        byte[] unclosed = ("\"Ana;" + TestUsers.uniqueEmail() + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] huge = new byte[CohortInvitations.MAX_CSV_BYTES + 1];

        assertThatThrownBy(() -> invitations.inviteCsv(trainer, cohort.getId(), latin1, "en")).hasMessage("cohort.invite.error.encoding");
        assertThatThrownBy(() -> invitations.inviteCsv(trainer, cohort.getId(), unclosed, "en")).hasMessage("cohort.invite.error.malformed");
        assertThatThrownBy(() -> invitations.inviteCsv(trainer, cohort.getId(), huge, "en")).hasMessage("cohort.invite.error.too-large");
        assertThat(invitations.of(trainer, cohort.getId())).isEmpty();
    }

    @Test
    void joiningThroughACohortInvitationEnrollsOnTheCohortsVersionAndATraineeMayJoinSeveralCohorts() {
        var f = new CohortFixtures(context);
        long trainer = f.trainer("Tina Trainer");
        Cohort spring = f.cohort(trainer, f.dpscVersion());
        Cohort autumn = f.cohort(trainer, f.dpscVersion());
        long trainee = f.trainee("Noor Haddad");

        long enrollment = f.join(trainer, spring.getId(), trainee);
        long again = f.join(trainer, autumn.getId(), trainee);

        assertThat(again).as("the same course version: the same enrollment").isEqualTo(enrollment);
        assertThat(learning.enrollments(trainee)).singleElement()
                .satisfies(e -> assertThat(e.courseVersionId()).isEqualTo(spring.getCourseVersionId()));
        assertThat(cohorts.visibleTo(trainer)).filteredOn(s -> s.cohort().getId() == spring.getId() || s.cohort().getId() == autumn.getId())
                .extracting(Cohorts.CohortSummary::members).containsExactly(1, 1);
    }

    @Test
    void trainersSeeOnlyTheCohortsTheyRunAdminsAllAndTraineesNone() {
        var f = new CohortFixtures(context);
        long creator = f.trainer("Cara Creator");
        long coTrainer = f.trainer("Cole Co");
        long other = f.trainer("Olga Other");
        Cohort cohort = f.cohort(creator, f.dpscVersion(), coTrainer);
        long trainee = f.trainee("Tia Trainee");
        f.join(creator, cohort.getId(), trainee);

        assertThat(ids(cohorts.visibleTo(creator))).contains(cohort.getId());
        assertThat(ids(cohorts.visibleTo(coTrainer))).contains(cohort.getId());
        assertThat(ids(cohorts.visibleTo(other))).doesNotContain(cohort.getId());
        assertThat(ids(cohorts.visibleTo(f.admin()))).contains(cohort.getId());
        assertThat(cohorts.visibleTo(trainee)).isEmpty();
        assertThat(invitations.inviteText(coTrainer, cohort.getId(), TestUsers.uniqueEmail(), "en").invited()).isEqualTo(1);
        for (long refused : new long[] {other, trainee}) {
            assertThatThrownBy(() -> cohorts.require(refused, cohort.getId())).hasMessage("cohort.error.not-found");
            assertThatThrownBy(() -> invitations.inviteText(refused, cohort.getId(), TestUsers.uniqueEmail(), "en"))
                    .hasMessage("cohort.error.not-found");
            assertThatThrownBy(() -> invitations.of(refused, cohort.getId())).hasMessage("cohort.error.not-found");
        }
        assertThatThrownBy(() -> f.cohort(trainee, f.dpscVersion())).hasMessage("cohort.error.not-found");
        assertThatThrownBy(() -> f.cohort(creator, f.dpscVersion(), trainee)).as("a trainee as co-trainer")
                .hasMessage("cohort.error.co-trainer");
    }

    private static List<Long> ids(List<Cohorts.CohortSummary> summaries) {
        return summaries.stream().map(s -> s.cohort().getId()).toList();
    }
}
