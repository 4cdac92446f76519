package org.peercert.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
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

    @Bean
    I18NProvider i18nProvider() {
        return new FeatureBundles(load());
    }

    private static Map<String, Properties> load() {
        Map<String, Properties> byLanguage = new HashMap<>();
        try {
            for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:vaadin-i18n/*.properties")) {
                var name = Objects.requireNonNull(file.getFilename()).replace(".properties", "");
                var language = name.contains("_") ? name.substring(name.indexOf('_') + 1) : "";
                try (var in = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
                    byLanguage.computeIfAbsent(language, l -> new Properties()).load(in);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the UI translations", e);
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
