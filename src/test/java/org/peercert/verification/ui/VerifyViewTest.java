package org.peercert.verification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.peercert.PeerCertTest;
import org.peercert.certification.CertificateFixtures;
import org.peercert.certification.CertificateService;
import org.peercert.certification.pdf.HostilePdfs;
import org.peercert.verification.BusyUploadChecks;
import org.peercert.verification.TestLimiters;
import org.peercert.verification.Verification;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The public form: whatever way the id is typed, it opens that id's (server-rendered) page; an uploaded PDF
 * gets its verdict, within the same per-client rate limit and check slots as the upload API.
 */
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

    @Test
    void theUploadWidgetSpeaksThePagesLanguage() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("es"));
        navigate(VerifyView.class);
        var texts = find(Upload.class).single().getI18n();

        assertThat(texts.getAddFiles().getOne()).isEqualTo("Elige el PDF…");
        assertThat(texts.getDropFiles().getOne()).isEqualTo("o suéltalo aquí");
        assertThat(texts.getError().getIncorrectFileType()).isEqualTo("Solo se pueden comprobar archivos PDF dentro del tamaño máximo.");
    }

    @Test
    void emptyIdShowsAFieldErrorInsteadOfOpeningAPage() {
        navigate(VerifyView.class);
        var id = find(TextField.class).single();
        for (String typed : new String[] {"", "   ", " - - "}) {
            test(id).setValue(typed);
            test(find(Button.class).withId("verify-check").single()).click();

            assertThat(id.isInvalid()).as("typed '%s'", typed).isTrue();
            assertThat(id.getErrorMessage()).isEqualTo(id.getTranslation("verify.id.required"));
            assertThat(UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations())
                    // a navigation passes its address as a string (an element parameter prints the page's own links)
                    .noneSatisfy(js -> assertThat(js.getInvocation().getParameters()).anySatisfy(
                            p -> assertThat(p).isInstanceOfSatisfying(String.class, url -> assertThat(url).contains("verify/"))));
        }
    }

    @Test
    void uploadPastTheClientsRateLimitIsRefusedWithAMessageAndNotChecked() {
        // the shared context's limiter is generous for all tests: this view gets the real limiter with a small burst
        var view = new VerifyView(context.getBean(Verification.class), TestLimiters.allowing(2), 5 * 1024 * 1024);
        UI.getCurrent().add(view);
        var upload = test(find(Upload.class, view).single());

        upload.upload("one.pdf", "application/pdf", "not a pdf".getBytes());
        assertThat(resultText(view)).isEqualTo(view.getTranslation("verify.upload.NOT_PDF"));
        upload.upload("two.pdf", "application/pdf", "not a pdf".getBytes());
        upload.upload("three.pdf", "application/pdf", "not a pdf".getBytes());

        assertThat(resultText(view)).isEqualTo(view.getTranslation("verify.upload.too-many", 60));
    }

    @Test
    void uploadWhileEveryCheckSlotIsBusyAsksToTryAgain() throws Exception {
        var view = navigate(VerifyView.class);
        try (var busy = BusyUploadChecks.occupyAll(context)) {
            test(find(Upload.class).single()).upload("c.pdf", "application/pdf", "%PDF-1.7 not checked".getBytes());
        }
        assertThat(resultText(view)).isEqualTo(view.getTranslation("verify.upload.busy", 5));
    }

    @Test
    void deeplyNestedUploadShowsTheDamagedVerdict() {
        var view = navigate(VerifyView.class);
        test(find(Upload.class).single()).upload("nested.pdf", "application/pdf", HostilePdfs.deeplyNested(HostilePdfs.OVERFLOWING_DEPTH));
        assertThat(resultText(view)).isEqualTo(view.getTranslation("verify.upload.DAMAGED"));
    }

    private String resultText(VerifyView view) {
        return find(Div.class, view).withId("verify-upload-result").single().getElement().getTextRecursively();
    }
}
