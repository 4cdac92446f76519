package org.peercert.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.peercert.account.AccountSecurity;
import org.peercert.account.RequestClient;

/**
 * Asks for a reset link. The answer, and the work done while answering, are the same whether the address
 * has an account or not, so the page does not tell anyone who is registered.
 */
@Route("forgot-password")
@PageTitle("Forgot password · PeerCert")
@AnonymousAllowed
public class ForgotPasswordView extends Div {

    final EmailField email = new EmailField();
    final Button send = new Button();
    final Paragraph answer = new Paragraph();

    ForgotPasswordView(AccountSecurity security) {
        addClassNames("pc-page", "pc-narrow");
        email.setId("forgot-email");
        email.setLabel(getTranslation("login.email"));
        email.setWidthFull();
        send.setId("forgot-send");
        send.setText(getTranslation("forgot.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        answer.setId("forgot-answer");
        send.addClickListener(e -> {
            if (!email.getValue().isBlank()) {
                security.requestPasswordReset(email.getValue(), RequestClient.current());
            }
            answer.setText(getTranslation("forgot.sent"));
        });
        add(new H1(getTranslation("forgot.title")), new Paragraph(getTranslation("forgot.intro")), email, send, answer);
    }
}
