package org.peercert;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.regex.Pattern;

/** Reading what arrived at the test SMTP server. */
public final class Mails {

    private static final Pattern LINK = Pattern.compile("http://peercert\\.test(/[^\\s\"<]+)");

    private Mails() {}

    /** Waits for the only mail to {@code to} whose subject contains {@code subject}. */
    public static MimeMessage awaitMail(GreenMail smtp, String to, String subject) {
        await().atMost(Duration.ofSeconds(20)).until(() -> TestSmtp.to(smtp, to).stream().anyMatch(m -> subject(m).contains(subject)));
        return TestSmtp.to(smtp, to).stream().filter(m -> subject(m).contains(subject)).findFirst().orElseThrow();
    }

    public static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain-text part. */
    public static String text(Part part) {
        try {
            if (part.isMimeType("multipart/*")) {
                var multipart = (Multipart) part.getContent();
                var text = new StringBuilder();
                for (int i = 0; i < multipart.getCount(); i++) {
                    text.append(text(multipart.getBodyPart(i)));
                }
                return text.toString();
            }
            return part.isMimeType("text/plain") ? part.getContent().toString() : "";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The app path of the first link in the mail's text, e.g. {@code /verify-email?token=...}. */
    public static String linkPath(MimeMessage mail) {
        var matcher = LINK.matcher(text(mail));
        if (!matcher.find()) {
            throw new AssertionError("No link in the mail: " + text(mail));
        }
        return matcher.group(1);
    }

    /** The token parameter of the first link. */
    public static String token(MimeMessage mail) {
        String path = linkPath(mail);
        return path.substring(path.indexOf("token=") + "token=".length());
    }
}
