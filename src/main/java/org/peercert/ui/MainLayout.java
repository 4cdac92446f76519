package org.peercert.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.renderer.TextRenderer;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.Locale;

/**
 * The frame around every view: header with language switch and sign-in state, and a navigation menu
 * listing only the views the current user may open (Vaadin filters menu entries by access).
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    public static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"));

    private final transient AuthenticationContext authentication;
    private final transient DisplayNames displayNames;
    /** Every route's content sits in one {@code <main>}: screen readers jump to it (vaadin-app-layout has no landmark). */
    private final Main main = new Main();

    MainLayout(AuthenticationContext authentication, DisplayNames displayNames) {
        this.authentication = authentication;
        this.displayNames = displayNames;
        setPrimarySection(Section.DRAWER);
        addToNavbar(new DrawerToggle(), header());
        addToDrawer(brand(), navigation());
        main.addClassName("pc-main");
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.getElement().removeAllChildren();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
        super.showRouterLayoutContent(main);
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        main.getElement().removeAllChildren();
        super.removeRouterLayoutContent(main);
    }

    /**
     * A page opened from the server (a button's {@code navigate}: "Submit" to the results, "Mark as done" to the next
     * lesson) starts at its top. Flow resets the scroll only for router links and restores it on back/forward; without
     * this a trainee who tapped a button at the bottom of a long page landed mid-way down the next one.
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        NavigationTrigger trigger = event.getLocationChangeEvent().getTrigger();
        if (trigger == NavigationTrigger.UI_NAVIGATE || trigger == NavigationTrigger.PROGRAMMATIC) {
            // whatever scrolls the page (vaadin-app-layout's content area or the window) back to its top
            main.getElement().executeJs("""
                    for (let e = this; e; e = e.assignedSlot || e.parentNode || e.host) {
                        if (e.scrollTop > 0) e.scrollTop = 0;
                    }""");
        }
    }

    private Component brand() {
        var logo = new Image("/peercert/images/logo.svg", "");
        logo.addClassName("pc-logo");
        var name = new Span("PeerCert");
        name.addClassName("pc-brand-name");
        var brand = new Anchor("", logo, name);
        brand.addClassName("pc-brand");
        return brand;
    }

    private SideNav navigation() {
        var nav = new SideNav();
        nav.setLabel(getTranslation("nav.label"));
        MenuConfiguration.getMenuEntries().forEach(entry ->
                nav.addItem(new SideNavItem(getTranslation(entry.title()), entry.path())));
        return nav;
    }

    private Component header() {
        var spacer = new Span();
        spacer.addClassName("pc-spacer");
        var header = new HorizontalLayout(spacer, languageSelect(), accountArea());
        header.addClassName("pc-header");
        header.setWidthFull();
        header.setAlignItems(HorizontalLayout.Alignment.CENTER);
        return header;
    }

    private Component languageSelect() {
        var select = new Select<Locale>();
        select.setItems(LOCALES);
        // the field shows "EN"/"ES" so the header fits a 360 px phone; the list spells the languages out
        select.setItemLabelGenerator(l -> l.getLanguage().toUpperCase(Locale.ROOT));
        select.setRenderer(new TextRenderer<>(l -> l.getDisplayLanguage(l)));
        select.setValue(LOCALES.stream().filter(l -> l.getLanguage().equals(getLocale().getLanguage())).findFirst().orElse(Locale.ENGLISH));
        select.setAriaLabel(getTranslation("nav.language"));
        select.addClassName("pc-language");
        select.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                VaadinSession.getCurrent().setLocale(e.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
        return select;
    }

    private Component accountArea() {
        return authentication.getPrincipalName()
                .<Component>map(principal -> {
                    var user = new Span(displayNames.displayName(principal).orElse(principal));
                    user.setId("header-user");
                    user.addClassName("pc-user");
                    var logout = new Button(getTranslation("nav.logout"), click -> authentication.logout());
                    logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                    var signedIn = new HorizontalLayout(user, logout);
                    signedIn.addClassName("pc-account");
                    signedIn.setAlignItems(HorizontalLayout.Alignment.CENTER);
                    return signedIn;
                })
                .orElseGet(() -> {
                    var login = new Anchor("login", getTranslation("nav.login"));
                    var register = new Anchor("register", getTranslation("nav.register"));
                    register.addClassName("pc-register-link");
                    var links = new HorizontalLayout(login, register);
                    links.addClassName("pc-account");
                    links.setAlignItems(HorizontalLayout.Alignment.CENTER);
                    return links;
                });
    }
}
