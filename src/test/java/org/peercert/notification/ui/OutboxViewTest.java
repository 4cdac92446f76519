package org.peercert.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.vaadin.browserless.SpringBrowserlessTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peercert.PeerCertTest;
import org.peercert.TestSmtp;
import org.peercert.TestUsers;
import org.peercert.notification.Mail;
import org.peercert.notification.MailAttachment;
import org.peercert.notification.MailMessage;
import org.peercert.notification.MailStatus;
import org.peercert.notification.Outbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

@PeerCertTest
class OutboxViewTest extends SpringBrowserlessTest {

    @Autowired
    Outbox outbox;

    @Autowired
    GreenMail smtp;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static void signInAsAdmin() {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin-" + TestUsers.uniqueEmail(), null,
                List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        SecurityContextHolder.setContext(context);
    }

    @Test
    void adminReadsAMailWithItsStateAndSendsItAgain() {
        String to = TestUsers.uniqueEmail();
        long id = outbox.enqueue(Mail.of("notice", to, "en", Map.of("title", "Outbox check", "body", "Readable by admins."))
                .attach(new MailAttachment("note.txt", "text/plain", "hi".getBytes(StandardCharsets.UTF_8)))).orElseThrow();
        await().atMost(Duration.ofSeconds(20)).until(() -> outbox.find(id).orElseThrow().getStatus() == MailStatus.SENT);
        signInAsAdmin();

        var view = navigate(OutboxView.class);
        MailMessage row = view.grid.getListDataView().getItems().filter(m -> m.getId() == id).findFirst().orElseThrow();
        assertThat(test(view.grid).getCellText(view.grid.getListDataView().getItems().toList().indexOf(row), 3))
                .isEqualTo("Sent");
        view.grid.select(row);

        assertThat(view.detail.getElement().getOuterHTML()).contains("Outbox check").contains("Readable by admins.")
                .contains("note.txt");
        test(view.detail).find(com.vaadin.flow.component.button.Button.class).withId("outbox-resend").single().click();
        await().atMost(Duration.ofSeconds(20)).until(() -> TestSmtp.to(smtp, to).size() == 2);
    }

    @Test
    void traineesCannotOpenTheOutbox() {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(TestUsers.uniqueEmail(), null,
                List.of(new SimpleGrantedAuthority("ROLE_TRAINEE"))));
        SecurityContextHolder.setContext(context);

        navigate("admin/outbox", com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(OutboxView.class);
    }
}
