package org.peercert.certification;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.peercert.account.AccountService;
import org.peercert.learning.CourseCompleted;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A cohort finishing the course at once, for the issuing-at-scale test and benchmark: trainees with confirmed
 * emails and enrollments, whose completions are published together, each in its own transaction as the final
 * check's submit does (the registry records it; the issuer runs after the commit), optionally twice each as a
 * redelivering registry would. Then: what reached the SMTP server, per recipient.
 */
public final class CohortCompletions {

    private final ApplicationContext context;
    private final List<CourseCompleted> completions = new ArrayList<>();
    private final Map<Long, String> emails = new HashMap<>();

    public CohortCompletions(ApplicationContext context) {
        this.context = context;
    }

    /**
     * Registers, confirms and enrolls {@code size} trainees, one after the other (concurrent sign-ups are
     * {@code ConcurrentRegistrationTest}'s subject; here the completions at once are).
     */
    public CohortCompletions prepare(int size) throws Exception {
        var fixtures = new CertificateFixtures(context);
        try (ExecutorService pool = Executors.newSingleThreadExecutor()) {
            List<Future<CourseCompleted>> prepared = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                String name = "Cohort Trainee " + i;
                prepared.add(pool.submit(() -> fixtures.completion(name, Instant.now())));
            }
            for (Future<CourseCompleted> f : prepared) {
                completions.add(f.get());
            }
        }
        var accounts = context.getBean(AccountService.class);
        completions.forEach(c -> emails.put(c.userId(), accounts.findById(c.userId()).orElseThrow().getEmail()));
        return this;
    }

    public List<CourseCompleted> completions() {
        return completions;
    }

    public String email(long userId) {
        return emails.get(userId);
    }

    /** Publishes every completion {@code deliveries} times from {@code threads} threads released together. */
    public void completeAll(int threads, int deliveries) throws Exception {
        ApplicationEventPublisher events = context; // the context publishes as the app does
        var transactions = context.getBean(TransactionTemplate.class);
        var start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> sent = new ArrayList<>();
            for (int d = 0; d < deliveries; d++) {
                for (CourseCompleted original : completions) {
                    // each delivery a distinct but equal instance, as the registry deserializes a redelivered event:
                    // the registry tracks in-flight publications by (event instance, listener), so the SAME instance
                    // published twice while both are in flight loses one completion (one publication stays
                    // incomplete until a restart; found with diagnose(), Spring Modulith 2.1.1)
                    CourseCompleted c = copyOf(original);
                    sent.add(pool.submit(() -> {
                        start.await();
                        transactions.executeWithoutResult(tx -> events.publishEvent(c));
                        return null;
                    }));
                }
            }
            start.countDown();
            for (Future<?> f : sent) {
                f.get();
            }
        }
    }

    private static CourseCompleted copyOf(CourseCompleted c) {
        return new CourseCompleted(c.enrollmentId(), c.userId(), c.courseVersionId(), c.completedAt(), List.copyOf(c.scores()));
    }

    /**
     * This cohort's publications of certificate issuing and mailing not yet completed by their listener. Only this
     * cohort's: other tests in the shared context leave publications incomplete on purpose (failing listeners).
     */
    public long outstandingPublications() {
        var userId = java.util.regex.Pattern.compile("\"userId\"\\s*:\\s*(\\d+)");
        return context.getBean(JdbcTemplate.class).queryForList("""
                select SERIALIZED_EVENT from EVENT_PUBLICATION where COMPLETION_DATE is null
                and (LISTENER_ID like '%CertificateIssuer%' or LISTENER_ID like '%CertificateMails%')""", String.class)
                .stream().map(userId::matcher).filter(java.util.regex.Matcher::find)
                .filter(m -> emails.containsKey(Long.parseLong(m.group(1)))).count();
    }

    /** This cohort's mails not delivered yet (queued, being sent or waiting for a retry). */
    public long mailsInFlight() {
        return context.getBean(JdbcTemplate.class).queryForList(
                "select user_id from mail_message where status in ('PENDING', 'SENDING') and user_id is not null", Long.class)
                .stream().filter(emails::containsKey).count();
    }

    /**
     * What a timed-out wait needs to know: which of the three conditions is unmet (recipients without their
     * certificate mail, this cohort's incomplete publications by listener and event, its mails by status),
     * the connection pool's state, InnoDB's latest deadlock and the threads of the app's executors and scheduler.
     */
    public String diagnose(GreenMail smtp) {
        var jdbc = context.getBean(JdbcTemplate.class);
        var out = new StringBuilder("CohortCompletions diagnosis\n");
        Map<String, Integer> mails = certificateMailsByRecipient(smtp);
        var missing = completions.stream().filter(c -> !mails.containsKey(email(c.userId()))).toList();
        out.append("recipients without certificate mail: ").append(missing.size()).append(' ')
                .append(missing.stream().limit(10).map(c -> c.userId() + "/" + email(c.userId())).toList()).append('\n');
        out.append("outstanding publications of this cohort: ").append(outstandingPublications()).append('\n');
        jdbc.queryForList("""
                select LISTENER_ID, EVENT_TYPE, PUBLICATION_DATE, SERIALIZED_EVENT from EVENT_PUBLICATION
                where COMPLETION_DATE is null order by PUBLICATION_DATE limit 20""")
                .forEach(row -> out.append("  incomplete: ").append(row).append('\n'));
        out.append("mails of this cohort in flight: ").append(mailsInFlight()).append('\n');
        jdbc.queryForList("select status, count(*) n, min(next_attempt_at) next, max(last_error) err from mail_message group by status")
                .forEach(row -> out.append("  mails: ").append(row).append('\n'));
        try {
            var pool = context.getBean(com.zaxxer.hikari.HikariDataSource.class).getHikariPoolMXBean();
            out.append("pool: active ").append(pool.getActiveConnections()).append(", idle ").append(pool.getIdleConnections())
                    .append(", waiting ").append(pool.getThreadsAwaitingConnection()).append('\n');
        } catch (RuntimeException e) {
            out.append("pool: ").append(e).append('\n');
        }
        jdbc.query("show engine innodb status", rs -> {
            String status = rs.getString("Status");
            int deadlock = status.indexOf("LATEST DETECTED DEADLOCK");
            out.append(deadlock < 0 ? "no deadlock detected\n" : status.substring(deadlock, Math.min(status.length(), deadlock + 3000)));
        });
        Thread.getAllStackTraces().forEach((thread, stack) -> {
            if (thread.getName().startsWith("task-") || thread.getName().contains("schedul")) {
                out.append("thread ").append(thread.getName()).append(' ').append(thread.getState()).append('\n');
                for (int i = 0; i < Math.min(stack.length, 25); i++) {
                    out.append("    at ").append(stack[i]).append('\n');
                }
            }
        });
        return out.toString();
    }

    /** "Certificate issued" mails (the signed PDF attached) that reached the SMTP server, per recipient. */
    public static Map<String, Integer> certificateMailsByRecipient(GreenMail smtp) {
        Map<String, Integer> counts = new HashMap<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (hasCertificatePdf(message)) {
                try {
                    counts.merge(message.getAllRecipients()[0].toString().toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
                } catch (MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return counts;
    }

    private static boolean hasCertificatePdf(MimeMessage message) {
        try {
            return message.getContent() instanceof Multipart multipart && containsPdf(multipart);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean containsPdf(Multipart multipart) throws MessagingException, IOException {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.getFileName() != null && part.getFileName().startsWith("peercert-certificate-") && part.isMimeType("application/pdf")) {
                return true;
            }
            if (part.getContent() instanceof Multipart nested && containsPdf(nested)) {
                return true;
            }
        }
        return false;
    }
}
