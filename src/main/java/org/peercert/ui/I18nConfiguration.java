package org.peercert.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * UI strings from every {@code vaadin-i18n/<bundle>.properties} (English) and {@code <bundle>_es.properties}
 * (Spanish). Each feature keeps its own bundle (e.g. {@code practice.properties}) so features don't edit one
 * shared file; a key missing in Spanish falls back to English, a key missing everywhere shows as {@code !key!}.
 */
@Configuration(proxyBeanMethods = false)
class I18nConfiguration {

    static final String BUNDLES = "classpath*:vaadin-i18n/*.properties";

    @Bean
    I18NProvider i18nProvider() {
        return new FeatureBundles(load(BUNDLES));
    }

    /**
     * Reads every bundle; a key defined in two bundles of one language is refused, because the last file read
     * would silently win (the email confirmation page was once headed "Verify a certificate" that way).
     */
    static Map<String, Properties> load(String locationPattern) {
        Map<String, Properties> byLanguage = new HashMap<>();
        Map<String, String> definedIn = new HashMap<>();
        List<String> duplicates = new ArrayList<>();
        try {
            for (Resource file : new PathMatchingResourcePatternResolver().getResources(locationPattern)) {
                var name = Objects.requireNonNull(file.getFilename()).replace(".properties", "");
                var language = name.contains("_") ? name.substring(name.indexOf('_') + 1) : "";
                var texts = new Properties();
                try (var in = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
                    texts.load(in);
                }
                for (String key : texts.stringPropertyNames()) {
                    String earlier = definedIn.putIfAbsent(language + ":" + key, name);
                    if (earlier != null) {
                        duplicates.add(key + " (in " + earlier + " and " + name + ")");
                    }
                }
                byLanguage.computeIfAbsent(language, l -> new Properties()).putAll(texts);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the UI translations", e);
        }
        if (!duplicates.isEmpty()) {
            throw new IllegalStateException("UI text keys defined in two bundles (prefix them with their feature): "
                    + String.join(", ", duplicates.stream().sorted().toList()));
        }
        return byLanguage;
    }

    private record FeatureBundles(Map<String, Properties> byLanguage) implements I18NProvider {

        @Override
        public List<Locale> getProvidedLocales() {
            return MainLayout.LOCALES;
        }

        @Override
        public String getTranslation(String key, Locale locale, Object... params) {
            var text = lookup(locale.getLanguage(), key);
            if (text == null) {
                text = lookup("", key);
            }
            if (text == null) {
                return "!" + key + "!";
            }
            return params.length == 0 ? text : new MessageFormat(text, locale).format(params);
        }

        private @Nullable String lookup(String language, String key) {
            var texts = byLanguage.get(language);
            return texts == null ? null : texts.getProperty(key);
        }
    }
}
