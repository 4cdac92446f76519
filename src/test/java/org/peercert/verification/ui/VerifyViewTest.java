package org.peercert.verification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.peercert.PeerCertTest;
import org.peercert.certification.CertificateFixtures;
import org.peercert.certification.CertificateService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The public form: whatever way the id is typed, it opens that id's (server-rendered) page. */
@PeerCertTest
class VerifyViewTest extends SpringBrowserlessTest {

    @Autowired ApplicationContext context;
    @Autowired CertificateService certificates;

    @Test
    void formOpensThePageOfAnIdTypedWithSpacesDashesAndLowerCase() {
        var issued = new CertificateFixtures(context).issue("Lea Fontaine");
        navigate(VerifyView.class);
        String typed = " " + certificates.find(issued.id()).orElseThrow().groupedId().toLowerCase().replace("-", " - ") + " ";
        test(find(TextField.class).single()).setValue(typed);
        test(find(Button.class).withId("verify-check").single()).click();
        assertThat(UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations())
                .anySatisfy(js -> assertThat(js.getInvocation().getParameters()).contains("verify/" + issued.id()));
    }
}
