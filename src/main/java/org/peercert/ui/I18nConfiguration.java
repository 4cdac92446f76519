package org.peercert.ui;

import com.vaadin.flow.i18n.DefaultI18NProvider;
import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * UI strings from {@code vaadin-i18n/translations*.properties}. Listing the locales explicitly makes
 * English the default (Vaadin would otherwise only see the "_es" file and fall back to Spanish).
 */
@Configuration(proxyBeanMethods = false)
class I18nConfiguration {

    @Bean
    I18NProvider i18nProvider() {
        return new DefaultI18NProvider(MainLayout.LOCALES);
    }
}
