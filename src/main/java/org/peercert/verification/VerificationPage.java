package org.peercert.verification;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.samskivert.mustache.Escapers;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import com.vaadin.flow.i18n.I18NProvider;
import org.peercert.certification.CertificateId;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.peercert.ui.LocaleFormat;

/**
 * The public page for one id (the QR code leads here), rendered on the server from
 * {@code verification/certificate.html.mustache}: no Vaadin, no session, one request per visit. The texts
 * are the UI's (the {@code verification} bundles), in the language the browser asks for. An unknown id
 * shows "not found" and nothing else: no hint of near matches.
 */
@Component
class VerificationPage {

    // the five characters that matter in HTML text and attributes (as in the mail templates)
    private static final Mustache.Compiler HTML = Mustache.compiler().defaultValue("").emptyStringIsFalse(true).withEscaper(Escapers.simple(
            new String[][] {{"&", "&amp;"}, {"<", "&lt;"}, {">", "&gt;"}, {"\"", "&quot;"}, {"'", "&#39;"}}));

    private final Template template = compile("verification/certificate.html.mustache");
    private final I18NProvider i18n;
    /**
     * Rendered pages: a QR code scanned by many employers, or a flood of one id, renders once. Rendering (15
     * translations and the template) cost as much as the rest of the request.
     */
    private final Cache<Shown, String> rendered = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterAccess(Duration.ofMinutes(10)).build();

    VerificationPage(I18NProvider i18n) {
        this.i18n = i18n;
    }

    /** The language the page is shown in: the browser's first supported preference, else English. */
    Locale locale(List<Locale> preferred) {
        List<Locale> provided = i18n.getProvidedLocales();
        return preferred.stream().flatMap(p -> provided.stream().filter(l -> l.getLanguage().equals(p.getLanguage())))
                .findFirst().orElse(Locale.ENGLISH);
    }

    String certificate(Optional<VerifiedCertificate> found, Locale locale, String contextPath) {
        return rendered.get(new Shown(found, locale, contextPath), this::render);
    }

    private String render(Shown shown) {
        Map<String, Object> model = base(shown.locale(), shown.contextPath());
        shown.certificate().ifPresentOrElse(c -> model.put("certificate", card(c, shown.locale(), shown.contextPath())),
                () -> model.put("message", Map.of("id", "verify-not-found", "text", t(shown.locale(), "verify.not-found"))));
        return template.execute(model);
    }

    /** What a page shows. The certificate is compared by value, so a changed one is a new key: nothing stale. */
    private record Shown(Optional<VerifiedCertificate> certificate, Locale locale, String contextPath) {}

    String tooMany(Locale locale, String contextPath) {
        return message(locale, contextPath, "verify-too-many", "verify.too-many");
    }

    /** The database is down: the page says it cannot check now, never "not found" (the id may well be real). */
    String unavailable(Locale locale, String contextPath) {
        return message(locale, contextPath, "verify-unavailable", "verify.unavailable");
    }

    private String message(Locale locale, String contextPath, String id, String key) {
        Map<String, Object> model = base(locale, contextPath);
        model.put("message", Map.of("id", id, "text", t(locale, key)));
        return template.execute(model);
    }

    private Map<String, Object> base(Locale locale, String contextPath) {
        Map<String, Object> model = new HashMap<>();
        model.put("lang", locale.getLanguage());
        model.put("ctx", contextPath);
        model.put("title", t(locale, "verify.page.title"));
        model.put("another", t(locale, "verify.another"));
        return model;
    }

    private Map<String, Object> card(VerifiedCertificate c, Locale locale, String ctx) {
        Map<String, Object> card = new HashMap<>();
        card.put("status", t(locale, "verify.status." + c.status().name()));
        card.put("statusClass", "pc-status-" + c.status().name().toLowerCase(Locale.ROOT));
        put(card, "reason", c.revokedReason() == null ? null : t(locale, "verify.revoked.reason", c.revokedReason()));
        if (c.supersededBy() != null) {
            card.put("superseded", Map.of("text", t(locale, "verify.superseded"), "link", t(locale, "verify.superseded.link"),
                    "href", ctx + "/verify/" + c.supersededBy()));
        }
        if (c.renewedBy() != null) {
            card.put("renewed", Map.of("text", t(locale, "verify.renewed", CertificateId.grouped(c.renewedBy())),
                    "link", t(locale, "verify.renewed.link"), "href", ctx + "/verify/" + c.renewedBy()));
        }
        card.put("holder", c.holder() == null ? t(locale, "verify.holder.removed") : c.holder());
        card.put("course", t(locale, "verify.course", c.course(), c.courseVersion()));
        card.put("hours", t(locale, "verify.hours.parts", LocaleFormat.number(c.ceHours(), locale),
                LocaleFormat.number(c.selfPacedHours(), locale), LocaleFormat.number(c.liveHours(), locale)));
        card.put("dates", t(locale, "verify.dates", LocaleFormat.date(c.issuedOn(), locale), LocaleFormat.date(c.expiresOn(), locale)));
        card.put("idLine", t(locale, "verify.id.value", c.displayId()));
        if (c.scoresShared()) {
            card.put("scores", Map.of("competency", t(locale, "verify.scores.competency"), "pre", t(locale, "verify.scores.pre"),
                    "post", t(locale, "verify.scores.post"), "gain", t(locale, "verify.scores.gain"),
                    "rows", c.scores().stream().map(s -> Map.of("competency", s.competency(), "pre", LocaleFormat.percent(s.pre(), locale),
                            "post", LocaleFormat.percent(s.post(), locale), "gain", s.normalizedGain() == null ? "–"
                                    : LocaleFormat.decimal(s.normalizedGain(), locale))).toList()));
        } else {
            card.put("scoresPrivate", t(locale, "verify.scores.private"));
        }
        card.put("json", ctx + "/verify/" + c.id() + ".json");
        if (c.badgeShared()) {
            card.put("badge", Map.of("href", ctx + "/verify/" + c.id() + "/ob3.jwt", "text", t(locale, "verify.ob3")));
        }
        return card;
    }

    private static void put(Map<String, Object> model, String key, @Nullable String value) {
        if (value != null) {
            model.put(key, value);
        }
    }

    private String t(Locale locale, String key, Object... params) {
        return i18n.getTranslation(key, locale, params);
    }

    private static Template compile(String path) {
        try (var reader = new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8)) {
            return HTML.compile(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
