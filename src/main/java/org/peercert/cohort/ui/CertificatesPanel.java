package org.peercert.cohort.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import org.jspecify.annotations.Nullable;
import org.peercert.cohort.CohortCertificates;
import org.peercert.cohort.CohortCertificates.Export;

/**
 * The cohort's certificates as one zip: the build runs in the background and the page polls for its progress
 * (no server push in this app), then offers the download.
 */
class CertificatesPanel extends Div {

    private static final int POLL_MILLIS = 500;

    final Button build = new Button();
    final ProgressBar progress = new ProgressBar();
    final Span status = new Span();
    final Anchor download = new Anchor();
    @Nullable Export export;
    private @Nullable Registration polling;

    private final long cohortId;

    CertificatesPanel(CohortCertificates certificates, long actor, long cohortId) {
        this.cohortId = cohortId;
        setId("cohort-certificates");
        build.setText(getTranslation("cohort.certificates.build"));
        build.setId("cohort-certificates-build");
        progress.setId("cohort-certificates-progress");
        progress.setVisible(false);
        status.setId("cohort-certificates-status");
        download.setId("cohort-certificates-download");
        download.setText(getTranslation("cohort.certificates.download"));
        download.setVisible(false);
        build.addClickListener(click -> {
            export = certificates.start(actor, cohortId);
            build.setEnabled(false);
            download.setVisible(false);
            progress.setVisible(true);
            UI ui = UI.getCurrent();
            ui.setPollInterval(POLL_MILLIS);
            if (polling == null) {
                polling = ui.addPollListener(poll -> refresh());
            }
            refresh();
        });
        add(new Paragraph(getTranslation("cohort.certificates.intro")), build, progress, status, download);
    }

    /** Shows the export's progress; once it is done, the download and no more polling. */
    void refresh() {
        var running = export;
        if (running == null) {
            return;
        }
        progress.setMax(Math.max(1, running.total()));
        progress.setValue(running.done());
        status.setText(getTranslation("cohort.certificates.progress", running.done(), running.total()));
        if (!running.zip().isDone()) {
            return;
        }
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
        build.setEnabled(true);
        progress.setVisible(false);
        if (running.zip().isCompletedExceptionally()) {
            status.setText(getTranslation("cohort.certificates.failed"));
            return;
        }
        byte[] zip = running.zip().join();
        download.setHref(DownloadHandler.fromInputStream(event -> new DownloadResponse(new ByteArrayInputStream(zip),
                "cohort-" + cohortId + "-certificates.zip", "application/zip", zip.length)), AttachmentType.DOWNLOAD);
        download.setVisible(true);
    }
}
