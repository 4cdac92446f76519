package org.peercert.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Page-level settings: Lumo theme plus our plain CSS (no Node build), phone-friendly viewport. Lumo's utility
 * classes ({@code Lumo.UTILITY_STYLESHEET}, 35 KB) are not loaded: no view uses them.
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("context://peercert/styles/peercert.css")
@Viewport("width=device-width, initial-scale=1")
@Meta(name = "description", content = "PeerCert: Digital Peer Support Certification training")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("PeerCert");
        settings.addFavIcon("icon", "/peercert/images/logo.svg", "any");
    }
}
