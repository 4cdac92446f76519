package org.peercert.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import jakarta.persistence.EntityManagerFactory;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peercert.EmailConfirmations;
import org.peercert.PeerCertTest;
import org.peercert.TestUsers;
import org.peercert.account.AccountService;
import org.peercert.account.Registration;
import org.peercert.curriculum.CourseCatalog;
import org.peercert.curriculum.CurriculumLoader;
import org.peercert.platform.EmbeddedMariaDb;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * An issued certificate is a record: nothing done to the system afterwards re-dates it or changes its hours,
 * scores or the PDF that was mailed. Checked on the stored rows themselves, before and after a curriculum
 * reload (the same files re-validated, and a new course version with other validity and hours), re-reading
 * from the database with every cache dropped, a revocation (an UPDATE of the row), and this release's
 * migration (V17) run over rows written by the previous schema.
 */
@PeerCertTest
class IssuedCertificatesNeverChangeTest {

    @Autowired ApplicationContext context;
    @Autowired JdbcTemplate jdbc;
    @Autowired CertificateService certificates;
    @Autowired CurriculumLoader loader;
    @Autowired CourseCatalog catalog;
    @Autowired EntityManagerFactory entityManagers;
    @Autowired EmbeddedMariaDb database;

    @TempDir Path curriculumRoot;

    @Test
    void aCurriculumReloadANewCourseVersionRereadingAndRevokingRedateNothing() throws Exception {
        var course = new RenewableCourse(context, curriculumRoot);
        long user = context.getBean(AccountService.class).registerTrainee(new Registration("Ida Immutable",
                TestUsers.uniqueEmail(), TestUsers.STRONG_PASSWORD, true, "en")).getId();
        EmailConfirmations.confirm(context, user);
        long enrollment = course.complete(user);
        await().atMost(Duration.ofSeconds(30)).until(() -> certificates.issuedFor(enrollment));
        String id = certificates.forHolder(user).getFirst().id();
        await().atMost(Duration.ofSeconds(30)).until(() -> mailedPdfHash(id) != null);
        Record before = record(id);

        // the same files re-validated and loaded again, then a new version: other validity, other hours
        loader.loadAll();
        loader.loadAll(curriculumRoot);
        Path yaml = curriculumRoot.resolve(course.key).resolve("course.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("version: 1.0.0", "version: 1.1.0")
                .replace("validity_months: 12", "validity_months: 36").replace("ce_hours: 2", "ce_hours: 3"));
        loader.loadAll(curriculumRoot);
        assertThat(catalog.publishedCourse(course.key).orElseThrow().version()).isEqualTo("1.1.0");
        assertThat(record(id)).isEqualTo(before);

        entityManagers.getCache().evictAll();
        assertThat(record(id)).as("re-read from the database").isEqualTo(before);

        certificates.revoke(id, "test of an update", "admin@test");
        Record revoked = record(id);
        assertThat(revoked.issued()).as("an UPDATE of the row keeps every issued column")
                .isEqualTo(before.issued());
        assertThat(revoked.scores()).isEqualTo(before.scores());
        assertThat(revoked.pdfText()).isEqualTo(before.pdfText());
        assertThat(revoked.mailedPdf()).isEqualTo(before.mailedPdf());
    }

    @Test
    void thisReleasesMigrationOverRowsOfThePreviousSchemaChangesNoIssuedColumn() {
        var url = database.createDatabase("t_migrate_" + UUID.randomUUID().toString().substring(0, 8).replace('-', '_'));
        var dataSource = new SimpleDriverDataSource(new org.mariadb.jdbc.Driver(), url, database.username(), database.password());
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("11").load().migrate();
        var old = new JdbcTemplate(dataSource);
        Instant issuedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        old.update("""
                insert into certificate (id, user_id, enrollment_id, first_for_enrollment, course_version_id, holder_name,
                  course_key, course_title, course_version, ce_hours, live_hours, issued_on, expires_on, issued_at)
                values ('01TESTMIGRATEDCERTIFICATE0', 7, 9, 9, 3, 'Old Row', 'dpsc', 'Old title', '1.0.0', 4.75, 0,
                  '2025-01-31', '2027-01-31', ?)""", Timestamp.from(issuedAt));
        old.update("insert into certificate_score values ('01TESTMIGRATEDCERTIFICATE0', 0, 'rights', 'Rights', 40, 90)");
        var before = issuedColumns(old);

        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

        assertThat(issuedColumns(old)).isEqualTo(before);
        assertThat(old.queryForObject("select issued_at from certificate", Timestamp.class).toInstant()).isEqualTo(issuedAt);
        assertThat(old.queryForObject("select renews from certificate", String.class)).isNull();
    }

    private static List<Map<String, Object>> issuedColumns(JdbcTemplate db) {
        var rows = new java.util.ArrayList<>(db.queryForList("""
                select id, user_id, enrollment_id, first_for_enrollment, course_version_id, holder_name, course_key, course_title,
                  course_version, ce_hours, live_hours, issued_on, expires_on, issued_at from certificate"""));
        rows.addAll(db.queryForList("select * from certificate_score order by certificate_id, position"));
        return rows;
    }

    /** What was issued: every column but the revocation ones, the scores, the rendered text and the mailed PDF. */
    record Record(Map<String, Object> issued, List<Map<String, Object>> scores, String pdfText, String mailedPdf) {}

    private Record record(String id) throws Exception {
        Map<String, Object> row = new java.util.TreeMap<>(jdbc.queryForMap("select * from certificate where id = ?", id));
        row.keySet().removeIf(column -> column.toLowerCase().startsWith("revoked_"));
        return new Record(row, jdbc.queryForList("select * from certificate_score where certificate_id = ? order by position", id),
                text(certificates.pdf(id)), mailedPdfHash(id));
    }

    private String mailedPdfHash(String id) {
        List<byte[]> pdfs = jdbc.query("""
                select a.content from mail_attachment a join mail_message m on m.id = a.message_id
                where m.dedup_key = ?""", (rs, n) -> rs.getBytes(1), "certificate-issued:" + id);
        if (pdfs.isEmpty()) {
            return null;
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdfs.getFirst()));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(byte[] pdf) throws Exception {
        try (var doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            StringBuilder all = new StringBuilder();
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                all.append(PdfTextExtractor.getTextFromPage(doc.getPage(page)));
            }
            return all.toString();
        }
    }
}
