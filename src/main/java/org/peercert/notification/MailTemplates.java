package org.peercert.notification;

import com.samskivert.mustache.Escapers;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Renders {@code mail/<kind>_<lang>.txt.mustache} (first line {@code Subject: ...}, then the plain text) and
 * {@code mail/<kind>_<lang>.html.mustache} (the body, placed in {@code mail/layout.html.mustache}).
 * HTML templates escape every value; a language without its own template falls back to English.
 * Every template also sees {@code baseUrl} and {@code appName}.
 */
@Component
class MailTemplates {

    static final String FALLBACK = "en";

    // the five characters that matter in HTML text and attributes; links keep their '=' readable
    private final Mustache.Compiler html = Mustache.compiler().defaultValue("").withEscaper(Escapers.simple(
            new String[][] {{"&", "&amp;"}, {"<", "&lt;"}, {">", "&gt;"}, {"\"", "&quot;"}, {"'", "&#39;"}}));
    private final Mustache.Compiler text = Mustache.compiler().escapeHTML(false).defaultValue("");
    private final Map<String, Template> cache = new ConcurrentHashMap<>();
    private final String baseUrl;

    MailTemplates(@Value("${peercert.base-url}") String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    String baseUrl() {
        return baseUrl;
    }

    RenderedMail render(String kind, String locale, Map<String, ?> model) {
        String lang = language(kind, locale);
        Map<String, Object> values = new HashMap<>(model);
        values.put("baseUrl", baseUrl);
        values.put("appName", "PeerCert");
        String plain = template(text, "mail/" + kind + "_" + lang + ".txt.mustache").execute(values);
        if (!plain.startsWith("Subject: ") || !plain.contains("\n")) {
            throw new IllegalStateException("Mail template " + kind + "_" + lang + " must start with 'Subject: ' on its own line");
        }
        String subject = plain.substring("Subject: ".length(), plain.indexOf('\n')).strip();
        String body = plain.substring(plain.indexOf('\n') + 1).strip() + "\n";
        values.put("subject", subject);
        values.put("content", template(html, "mail/" + kind + "_" + lang + ".html.mustache").execute(values));
        values.put("lang", lang);
        String page = template(html, "mail/layout.html.mustache").execute(values);
        return new RenderedMail(lang, subject, body, page);
    }

    private String language(String kind, String locale) {
        String lang = Locale.forLanguageTag(locale.replace('_', '-')).getLanguage();
        return new ClassPathResource("mail/" + kind + "_" + lang + ".txt.mustache").exists() ? lang : FALLBACK;
    }

    private Template template(Mustache.Compiler compiler, String path) {
        return cache.computeIfAbsent(compiler == html ? "h:" + path : "t:" + path, key -> {
            var resource = new ClassPathResource(path);
            if (!resource.exists()) {
                throw new IllegalArgumentException("No mail template " + path);
            }
            try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
                return compiler.compile(reader);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
