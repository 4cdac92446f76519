package org.peercert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peercert.AccessMatrix.Actor;
import org.peercert.AccessMatrix.Kind;
import org.peercert.AccessMatrix.Outcome;
import org.peercert.AccessMatrix.Row;
import org.peercert.account.AccountService;
import org.peercert.account.ui.LoginView;
import org.peercert.ui.AccessDeniedView;
import org.peercert.ui.NotFoundView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.handler.AbstractHandlerMethodMapping;
import org.springframework.web.servlet.handler.AbstractUrlHandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;

/**
 * Issue #17 item 2: every Vaadin route and every HTTP endpoint, for each actor, against the one table in
 * {@code src/test/resources/access-matrix.md}. Views are opened without a browser through Vaadin's real navigation
 * access control; endpoints through the real security filter chains with real sign-ins (MockMvc).
 */
@PeerCertTest
class AccessMatrixTest extends SpringBrowserlessTest {

    /** Handler mappings whose catch-all patterns need a name of their own in the table. */
    private static final Map<String, String> CATCH_ALL = Map.of("resourceHandlerMapping", "static resources", "vaadinRootMapping", "Vaadin");

    private static AccessWorld world; // built once: every test of this class reads the same objects

    @Autowired ApplicationContext context;
    @Autowired WebApplicationContext web;
    @Autowired AccountService accounts;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
        if (world == null) {
            world = AccessWorld.build(context, mvc);
        }
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void everyRouteAndEndpointHasExactlyOneRowAndEveryRowExists() {
        Set<String> enumerated = new TreeSet<>(routes());
        enumerated.addAll(endpoints());

        assertThat(AccessMatrix.completenessProblems(enumerated, AccessMatrix.load().keySet())).isEmpty();
        assertThat(enumerated).as("the enumeration itself finds views, controllers and Actuator")
                .contains("view trainer/cohorts/:cohortId([0-9]{1,18})", "http GET /verify/{id}", "http GET /actuator/prometheus")
                .hasSizeGreaterThan(50);
    }

    @Test
    void anUnlistedRouteOrAStaleRowFailsCompleteness() {
        Set<String> listed = AccessMatrix.load().keySet();
        Set<String> withNewRoute = new TreeSet<>(listed);
        withNewRoute.add("view admin/new-secret-page");

        assertThat(AccessMatrix.completenessProblems(withNewRoute, listed)).containsExactly("no row in access-matrix.md for view admin/new-secret-page");
        Set<String> withoutOne = new TreeSet<>(listed);
        withoutOne.remove("http GET /actuator/prometheus");
        assertThat(AccessMatrix.completenessProblems(withoutOne, listed))
                .containsExactly("access-matrix.md lists http GET /actuator/prometheus, which the application does not have");
    }

    @Test
    void everyViewOpensOrRefusesForEachActorExactlyAsTheTableSaysAndNeverShowsAnotherUsersData() {
        List<String> mismatches = new ArrayList<>();
        for (Row row : AccessMatrix.load().values()) {
            if (row.kind() != Kind.VIEW) {
                continue;
            }
            Class<?> target = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                    .filter(r -> r.getTemplate().equals(row.target())).findFirst().orElseThrow().getNavigationTarget();
            for (Actor actor : Actor.values()) {
                signInAs(actor);
                Outcome seen;
                try {
                    seen = open(world.fill(row.sample()), target);
                } catch (RuntimeException e) {
                    mismatches.add(row.target() + " as " + actor + ": " + e);
                    continue;
                }
                if (seen != row.expected().get(actor)) {
                    mismatches.add(row.target() + " as " + actor + ": expected " + row.expected().get(actor) + " but was " + seen
                            + " (" + getCurrentView().getClass().getSimpleName() + ")");
                }
                if (actor == Actor.ANONYMOUS || actor == Actor.OTHER_TRAINEE || actor == Actor.OTHER_TRAINER) {
                    String rendered = rendered(UI.getCurrent());
                    world.privateToA().stream().filter(rendered::contains)
                            .forEach(secret -> mismatches.add(row.target() + " as " + actor + " shows A's " + secret));
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void everyEndpointAnswersEachActorExactlyAsTheTableSays() throws Exception {
        Map<Actor, MockHttpSession> sessions = new EnumMap<>(Actor.class);
        for (Actor actor : Actor.values()) {
            if (actor != Actor.ANONYMOUS) {
                sessions.put(actor, SignIn.session(mvc, world.email(actor)));
            }
        }
        List<String> mismatches = new ArrayList<>();
        for (Row row : AccessMatrix.load().values()) {
            if (row.kind() != Kind.HTTP) {
                continue;
            }
            for (Actor actor : Actor.values()) {
                MockHttpServletResponse response;
                try {
                    response = call(row, world.fill(row.sample()), sessions.get(actor));
                } catch (jakarta.servlet.ServletException e) {
                    // past every filter, the Vaadin catch-all forwards to the Vaadin servlet, which MockMvc does not have
                    assertThat(e).as(row.target() + " as " + actor).hasMessageContaining("springServlet");
                    response = new MockHttpServletResponse();
                }
                Outcome seen = outcome(response);
                if (seen != row.expected().get(actor)) {
                    mismatches.add(row.target() + " as " + actor + ": expected " + row.expected().get(actor) + " but was " + seen
                            + " (HTTP " + response.getStatus() + " " + response.getRedirectedUrl() + ")");
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    /**
     * Vaadin RPC hostility, spot-checked: a forged call can only reach what a view holds, so the dangerous services
     * check the actor themselves, whatever view called them.
     */
    @Test
    void publishingAnotherTrainersDraftOrGrantingEditingAsATrainerIsRefusedByTheServiceItself() {
        var drafts = context.getBean(org.peercert.authoring.Drafts.class);
        long draft = Long.parseLong(world.fill("{draftA}"));
        assertThatThrownBy(() -> drafts.publish(world.id(Actor.OTHER_TRAINER), draft, org.peercert.authoring.VersionBump.MINOR))
                .isInstanceOf(org.peercert.authoring.AuthoringException.class);
        assertThatThrownBy(() -> drafts.publish(world.id(Actor.TRAINEE), draft, org.peercert.authoring.VersionBump.MINOR))
                .isInstanceOf(org.peercert.authoring.AuthoringException.class);
        var editors = context.getBean(org.peercert.authoring.CourseEditors.class);
        assertThatThrownBy(() -> editors.grant(world.id(Actor.TRAINER), "dpsc", world.id(Actor.OTHER_TRAINER)))
                .isInstanceOf(org.peercert.authoring.AuthoringException.class);
        assertThat(editors.mayEdit(world.id(Actor.OTHER_TRAINER), "dpsc")).isFalse();
    }

    // --- enumeration ---

    /** Every route of the application's route registry, aliases included; the test sources' own pages are left out. */
    private static Set<String> routes() {
        Set<String> routes = new TreeSet<>();
        for (RouteData route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            if (fromTestSources(route.getNavigationTarget())) {
                continue;
            }
            routes.add(AccessMatrix.key(Kind.VIEW, route.getTemplate()));
            route.getRouteAliases().forEach(alias -> routes.add(AccessMatrix.key(Kind.VIEW, alias.getTemplate())));
        }
        return routes;
    }

    private static boolean fromTestSources(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation().getPath().contains("test-classes");
    }

    /** Every pattern of every Spring MVC handler mapping: controllers, Actuator, static resources, Vaadin's catch-all. */
    private Set<String> endpoints() {
        Set<String> endpoints = new TreeSet<>();
        context.getBeansOfType(HandlerMapping.class).forEach((name, mapping) -> {
            if (mapping instanceof AbstractHandlerMethodMapping<?> methods) {
                methods.getHandlerMethods().keySet().forEach(info -> {
                    RequestMappingInfo request = (RequestMappingInfo) info;
                    String verbs = request.getMethodsCondition().getMethods().isEmpty() ? "ANY"
                            : request.getMethodsCondition().getMethods().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
                    request.getPatternValues().forEach(pattern -> endpoints.add(AccessMatrix.key(Kind.HTTP, verbs + " " + pattern)));
                });
            } else if (mapping instanceof AbstractUrlHandlerMapping urls) {
                urls.getHandlerMap().keySet().forEach(pattern -> endpoints.add(AccessMatrix.key(Kind.HTTP, "ANY " + pattern
                        + (pattern.equals("/**") ? " (" + CATCH_ALL.getOrDefault(name, name) + ")" : ""))));
            }
        });
        return endpoints;
    }

    // --- views ---

    private void signInAs(Actor actor) {
        SecurityContextHolder.clearContext();
        if (actor == Actor.ANONYMOUS) {
            return;
        }
        var user = accounts.findById(world.id(actor)).orElseThrow();
        var security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.getEmail(), null,
                List.of(new SimpleGrantedAuthority("ROLE_" + user.getRole().name()))));
        SecurityContextHolder.setContext(security);
    }

    private Outcome open(String location, Class<?> target) {
        String path = location.startsWith("/") ? location.substring(1) : location;
        int query = path.indexOf('?');
        UI.getCurrent().navigate(query < 0 ? path : path.substring(0, query),
                query < 0 ? QueryParameters.empty() : QueryParameters.fromString(path.substring(query + 1)));
        var view = getCurrentView();
        if (target.isInstance(view)) {
            return Outcome.ALLOW;
        }
        if (view instanceof LoginView) {
            return Outcome.LOGIN;
        }
        return view instanceof AccessDeniedView || view instanceof NotFoundView ? Outcome.DENY : Outcome.FORWARD;
    }

    /** What the page shows: every text of the component tree and the items of every grid in it. */
    private static String rendered(Component root) {
        StringBuilder text = new StringBuilder(root.getElement().getTextRecursively());
        descendants(root).filter(Grid.class::isInstance).map(Grid.class::cast).forEach(grid -> {
            try {
                grid.getGenericDataView().getItems().forEach(item -> text.append('\n').append(item));
            } catch (RuntimeException lazy) {
                text.append('\n'); // a lazy grid without a count shows nothing until scrolled
            }
        });
        return text.toString();
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(AccessMatrixTest::descendants));
    }

    // --- HTTP ---

    private MockHttpServletResponse call(Row row, String sample, MockHttpSession session) throws Exception {
        var request = row.target().startsWith("POST ") ? post(sample) : get(sample);
        if (sample.equals("/verify/upload")) {
            request.contentType("application/pdf").content("%PDF-1.7 not a certificate".getBytes());
        } else if (sample.equals("/verify/bulk")) {
            request.contentType("text/csv").content("id\n" + world.certificateA() + "\n");
        }
        request.with(r -> {
            r.setRemoteAddr("10.99.0.1");
            return r;
        });
        return mvc.perform(session == null ? request : request.session(session)).andReturn().getResponse();
    }

    private static final Pattern TO_LOGIN = Pattern.compile("(^|/)login([?#].*)?$");

    private static @org.jspecify.annotations.Nullable Outcome outcome(MockHttpServletResponse response) {
        int status = response.getStatus();
        if (status >= 200 && status < 300) {
            return Outcome.ALLOW;
        }
        if (status / 100 == 3 && response.getRedirectedUrl() != null && TO_LOGIN.matcher(response.getRedirectedUrl()).find()) {
            return Outcome.LOGIN;
        }
        return status == 401 || status == 403 || status == 404 ? Outcome.DENY : null; // anything else is no outcome of the table
    }
}
