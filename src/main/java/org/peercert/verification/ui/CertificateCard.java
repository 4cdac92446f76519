package org.peercert.verification.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.peercert.certification.CertificateId;
import org.peercert.verification.VerifiedCertificate;
import org.peercert.ui.LocaleFormat;

/** One verified certificate after a PDF upload: the status first (in words, not only colour), then the facts. */
class CertificateCard extends Div {

    CertificateCard(VerifiedCertificate c) {
        addClassName("pc-certificate-card");
        var status = new Span(getTranslation("verify.status." + c.status().name()));
        status.setId("verify-status");
        status.addClassNames("pc-status", "pc-status-" + c.status().name().toLowerCase(Locale.ROOT));
        add(status);
        if (c.revokedReason() != null) {
            add(paragraph("verify-reason", getTranslation("verify.revoked.reason", c.revokedReason())));
        }
        if (c.supersededBy() != null) {
            var link = new Anchor("verify/" + c.supersededBy(), getTranslation("verify.superseded.link"));
            link.setRouterIgnore(true); // the status page is served outside Vaadin
            link.setId("verify-superseded");
            add(new Paragraph(new Span(getTranslation("verify.superseded") + " "), link));
        }
        if (c.renewedBy() != null) {
            var link = new Anchor("verify/" + c.renewedBy(), getTranslation("verify.renewed.link"));
            link.setRouterIgnore(true);
            link.setId("verify-renewed");
            add(new Paragraph(new Span(getTranslation("verify.renewed", CertificateId.grouped(c.renewedBy())) + " "), link));
        }
        var holder = c.holder() == null ? getTranslation("verify.holder.removed") : c.holder();
        var name = new H2(holder);
        // a right-to-left name (Arabic, Hebrew) takes its own direction inside a left-to-right page, and vice versa
        name.getElement().setAttribute("dir", "auto");
        add(name);
        add(paragraph("verify-course", getTranslation("verify.course", c.course(), c.courseVersion())));
        add(paragraph("verify-hours", getTranslation("verify.hours.parts", hours(c.ceHours()),
                hours(c.selfPacedHours()), hours(c.liveHours()))));
        add(paragraph("verify-dates", getTranslation("verify.dates",
                LocaleFormat.date(c.issuedOn(), getLocale()), LocaleFormat.date(c.expiresOn(), getLocale()))));
        add(paragraph("verify-id", getTranslation("verify.id.value", c.displayId())));
        if (c.scoresShared()) {
            add(scores(c));
        } else {
            add(paragraph("verify-scores-private", getTranslation("verify.scores.private")));
        }
        var json = new Anchor("verify/" + c.id() + ".json", "JSON");
        json.setRouterIgnore(true);
        var links = new Paragraph(json);
        if (c.badgeShared()) {
            var badge = new Anchor("verify/" + c.id() + "/ob3.jwt", getTranslation("verify.ob3"));
            badge.setRouterIgnore(true);
            links.add(new Span(" · "), badge);
        }
        links.addClassName("pc-verify-links");
        add(links);
    }

    private NativeTable scores(VerifiedCertificate c) {
        var table = new NativeTable();
        table.setId("verify-scores");
        var head = new NativeTableRow(new NativeTableHeaderCell(getTranslation("verify.scores.competency")),
                new NativeTableHeaderCell(getTranslation("verify.scores.pre")),
                new NativeTableHeaderCell(getTranslation("verify.scores.post")),
                new NativeTableHeaderCell(getTranslation("verify.scores.gain")));
        table.getHead().addRows(head);
        NativeTableBody body = table.getBody();
        for (var s : c.scores()) {
            body.addRows(new NativeTableRow(new NativeTableCell(s.competency()), new NativeTableCell(percent(s.pre())),
                    new NativeTableCell(percent(s.post())),
                    new NativeTableCell(s.normalizedGain() == null ? "–" : LocaleFormat.decimal(s.normalizedGain(), getLocale()))));
        }
        return table;
    }

    private String percent(double value) {
        return LocaleFormat.percent(value, getLocale());
    }

    private String hours(java.math.BigDecimal value) {
        return LocaleFormat.number(value, getLocale());
    }

    private static Paragraph paragraph(String id, String text) {
        var p = new Paragraph(text);
        p.setId(id);
        return p;
    }

}
