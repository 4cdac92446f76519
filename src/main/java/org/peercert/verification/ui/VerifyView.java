package org.peercert.verification.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import org.peercert.certification.CertificateId;
import org.peercert.verification.ClientRateLimiter;
import org.peercert.verification.UploadOutcome;
import org.peercert.verification.UploadResult;
import org.peercert.verification.Verification;
import org.springframework.beans.factory.annotation.Value;

/**
 * Public entry to verification: type or paste an id (spaces, dashes and case do not matter), or upload
 * the PDF to check its signature. Bulk CSV is described for employers' systems. An upload is charged to the
 * client's bucket in the same {@link ClientRateLimiter} as {@code POST /verify/upload}: the form must not be a
 * way around the API's limit.
 */
@Route("verify")
@PageTitle("Verify a certificate · PeerCert")
@Menu(order = 90, title = "nav.verify")
@AnonymousAllowed
public class VerifyView extends Div {

    private final Div uploadResult = new Div();

    VerifyView(Verification verification, ClientRateLimiter limiter,
            @Value("${peercert.verification.upload-max-bytes:5242880}") int maxBytes) {
        addClassNames("pc-page", "pc-verify");
        add(new H1(getTranslation("verify.title")), new Paragraph(getTranslation("verify.intro")));

        var id = new TextField(getTranslation("verify.id"));
        id.setId("verify-id");
        id.setPlaceholder("0ABC-DEFG-…");
        id.setWidth("28em");
        id.setClearButtonVisible(true);
        id.setErrorMessage(getTranslation("verify.id.required"));
        id.addValueChangeListener(e -> id.setInvalid(false));
        var check = new Button(getTranslation("verify.check"), click -> open(id));
        check.setId("verify-check");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickShortcut(Key.ENTER);
        var form = new HorizontalLayout(id, check);
        form.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        form.setWrap(true);
        add(form);

        add(new H2(getTranslation("verify.upload.title")), new Paragraph(getTranslation("verify.upload.intro")));
        var upload = new Upload(new PdfUpload(verification, limiter, maxBytes));
        upload.setId("verify-upload");
        upload.setAcceptedFileTypes("application/pdf", ".pdf");
        upload.setMaxFileSize(maxBytes);
        upload.setMaxFiles(1);
        upload.setI18n(uploadTexts());
        // one file at a time, but the list is emptied after each check so the button takes the next file
        upload.addAllFinishedListener(e -> upload.clearFileList());
        upload.addFileRejectedListener(e -> showUpload(getTranslation("verify.upload.rejected"), "pc-verdict-bad"));
        uploadResult.setId("verify-upload-result");
        add(upload, uploadResult);

        add(new H2(getTranslation("verify.bulk.title")), new Paragraph(getTranslation("verify.bulk.intro")));
    }

    private void open(TextField id) {
        // a valid-looking id goes to its page; anything else too, where it is simply "not found". The page is
        // server-rendered outside Vaadin (see VerificationPage), so this is a full page load, not a route change.
        String typed = id.getValue();
        String target = CertificateId.normalize(typed).orElse(typed.strip().replaceAll("[^A-Za-z0-9-]", ""));
        if (target.replace("-", "").isEmpty()) {
            id.setInvalid(true); // nothing to look up: say so here rather than open a page for "-"
            return;
        }
        getUI().ifPresent(ui -> ui.getPage().setLocation("verify/" + target));
    }

    private void showUpload(UploadOutcome outcome) {
        switch (outcome) {
            case UploadOutcome.Checked checked -> showUpload(checked.result());
            case UploadOutcome.TooLarge tooLarge -> showRefusal(getTranslation("verify.upload.too-large", tooLarge.maxBytes() / (1024 * 1024)));
            case UploadOutcome.Busy busy -> showRefusal(getTranslation("verify.upload.busy", busy.retryAfterSeconds()));
        }
    }

    private void showRefusal(String message) {
        uploadResult.removeAll();
        showUpload(message, "pc-verdict-bad");
    }

    void showUpload(UploadResult result) {
        uploadResult.removeAll();
        String css = switch (result.verdict()) {
            case AUTHENTIC -> "pc-verdict-ok";
            default -> "pc-verdict-bad";
        };
        showUpload(getTranslation("verify.upload." + result.verdict().name()), css);
        if (result.certificate() != null) {
            uploadResult.add(new CertificateCard(result.certificate()));
        }
    }

    private void showUpload(String message, String css) {
        var verdict = new Paragraph(message);
        verdict.addClassNames("pc-verdict", css);
        uploadResult.addComponentAsFirst(verdict);
    }

    /**
     * Reads the upload into memory, never more than the limit, and shows the verdict; nothing is stored. Over
     * the client's rate limit the file is not read at all.
     */
    private final class PdfUpload implements UploadHandler {

        private final transient Verification verification;
        private final transient ClientRateLimiter limiter;
        private final int maxBytes;

        PdfUpload(Verification verification, ClientRateLimiter limiter, int maxBytes) {
            this.verification = verification;
            this.limiter = limiter;
            this.maxBytes = maxBytes;
        }

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            if (!limiter.tryAcquire(event.getRequest().getRemoteAddr(), 1)) {
                long seconds = limiter.retryAfterSeconds();
                event.getUI().access(() -> showRefusal(getTranslation("verify.upload.too-many", seconds)));
                return;
            }
            var outcome = verification.checkUpload(event.getInputStream(), event.getFileSize(), maxBytes);
            event.getUI().access(() -> showUpload(outcome));
        }

        @Override
        public long getFileSizeMax() {
            return maxBytes;
        }

        @Override
        public long getRequestSizeMax() {
            return maxBytes + 64 * 1024L;
        }
    }

    /** The upload widget speaks the page's language (its own texts are English only). */
    private UploadI18N uploadTexts() {
        String pdf = getTranslation("verify.upload.widget.pdf");
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(pdf).setMany(pdf))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("verify.upload.widget.drop"))
                        .setMany(getTranslation("verify.upload.widget.drop")))
                .setError(new UploadI18N.Error().setTooManyFiles(getTranslation("verify.upload.widget.one"))
                        .setFileIsTooBig(getTranslation("verify.upload.rejected"))
                        .setIncorrectFileType(getTranslation("verify.upload.rejected")))
                .setFile(new UploadI18N.File().setRetry(getTranslation("verify.upload.widget.retry"))
                        .setStart(getTranslation("verify.upload.widget.start"))
                        .setRemove(getTranslation("verify.upload.widget.remove")));
    }
}
