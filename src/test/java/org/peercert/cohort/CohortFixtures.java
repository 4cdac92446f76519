package org.peercert.cohort;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.peercert.EmailConfirmations;
import org.peercert.TestUsers;
import org.peercert.account.AccountService;
import org.peercert.account.Registration;
import org.peercert.account.Role;
import org.peercert.curriculum.CourseCatalog;
import org.peercert.curriculum.CurriculumLoader;
import org.peercert.notification.MailMessage;
import org.peercert.notification.Outbox;
import org.springframework.context.ApplicationContext;
import org.springframework.util.FileSystemUtils;

/** Trainers, trainees, cohorts and members for cohort tests, through the real services. */
public final class CohortFixtures {

    private static final Pattern INVITATION = Pattern.compile("/invitation\\?token=([A-Za-z0-9_-]+)");

    private final ApplicationContext context;

    public CohortFixtures(ApplicationContext context) {
        this.context = context;
    }

    public long trainer(String name) {
        return context.getBean(AccountService.class).createStaff(TestUsers.uniqueEmail(), name, TestUsers.STRONG_PASSWORD, Role.TRAINER)
                .getId();
    }

    public long admin() {
        return context.getBean(AccountService.class).createStaff(TestUsers.uniqueEmail(), "Ada Admin", TestUsers.STRONG_PASSWORD, Role.ADMIN)
                .getId();
    }

    /** A trainee with a confirmed address (certificates need one). */
    public long trainee(String name) {
        long id = context.getBean(AccountService.class).registerTrainee(new Registration(name, TestUsers.uniqueEmail(),
                TestUsers.STRONG_PASSWORD, true, "en")).getId();
        EmailConfirmations.confirm(context, id);
        return id;
    }

    public long dpscVersion() {
        return context.getBean(CourseCatalog.class).publishedCourse("dpsc").orElseThrow().versionId();
    }

    public Cohort cohort(long trainerId, long versionId, long... coTrainers) {
        Set<Long> co = new java.util.HashSet<>();
        for (long id : coTrainers) {
            co.add(id);
        }
        return context.getBean(Cohorts.class).create(trainerId, new Cohorts.CohortPlan("Spring " + UUID.randomUUID().toString().substring(0, 6),
                versionId, LocalDate.now(), LocalDate.now().plusWeeks(6), co));
    }

    /** Invites the trainee into the cohort and accepts the mailed link, as the trainee would. */
    public long join(long trainerId, long cohortId, long traineeId) {
        String email = context.getBean(AccountService.class).findById(traineeId).orElseThrow().getEmail();
        context.getBean(CohortInvitations.class).inviteText(trainerId, cohortId, email, "en");
        return context.getBean(Invitations.class).accept(invitationToken(email), traineeId);
    }

    /** The token of an invitation mailed to the address and not used yet (once the outbox has it). */
    public String invitationToken(String email) {
        Outbox outbox = context.getBean(Outbox.class);
        Invitations invitations = context.getBean(Invitations.class);
        return await().atMost(Duration.ofSeconds(20)).until(() -> outbox.sentTo(email).stream()
                .filter(m -> m.getKind().equals("invitation")).map(MailMessage::getTextBody).map(INVITATION::matcher)
                .filter(Matcher::find).map(m -> m.group(1)).filter(token -> usable(invitations, token)).findFirst(),
                Optional::isPresent).orElseThrow();
    }

    private static boolean usable(Invitations invitations, String token) {
        try {
            invitations.preview(token);
            return true;
        } catch (InvitationException e) {
            return false;
        }
    }

    /**
     * The minimal test course as a new course with live sessions: {@code live_hours: 3}, {@code ce_hours: 5}, and
     * the completion rule asking for {@code required} attended sessions. Returns its published version id.
     */
    public long liveCourse(Path root, int required) throws IOException {
        String key = "live" + UUID.randomUUID().toString().substring(0, 8);
        Path course = root.resolve(key);
        FileSystemUtils.copyRecursively(Path.of("src/test/resources/curriculum-fixtures/minimal"), course);
        Path yaml = course.resolve("course.yaml");
        Files.writeString(yaml, Files.readString(yaml).replaceFirst("(?m)^id: .*$", "id: " + key)
                .replaceFirst("(?m)^ce_hours: .*$", "ce_hours: 5\nlive_hours: 3")
                .replaceFirst("(?m)^  post_test_required: true$", "  post_test_required: true\n  live_sessions_required: " + required));
        context.getBean(CurriculumLoader.class).loadAll(root);
        return context.getBean(CourseCatalog.class).publishedCourse(key).orElseThrow().versionId();
    }
}
