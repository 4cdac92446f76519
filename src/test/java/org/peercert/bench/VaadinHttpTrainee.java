package org.peercert.bench;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One trainee's browser reduced to the HTTP requests a Vaadin Flow page load makes, no JavaScript: the sign-in
 * form (Spring's CSRF token from the page's meta tag), the page's bootstrap HTML, the {@code v-r=init} request that
 * creates the UI, and the first UIDL request with the {@code ui-navigate} event that renders the view (what
 * Flow's client sends on page load). Keeps only the session cookie and Vaadin's keys: a few hundred bytes
 * of client state, so the server's heap is what a memory measurement sees.
 */
final class VaadinHttpTrainee {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

    private final HttpClient http;
    private final String base;
    private String session = "";
    private String securityKey = "";
    private int uiId = -1;
    private int syncId;
    private int clientId;
    private int historyIndex;

    VaadinHttpTrainee(HttpClient http, int port) {
        this.http = http;
        this.base = "http://localhost:" + port;
    }

    /** Signs in through the login form as a browser does; throws if the form sends us back to it. */
    void signIn(String email, String password) throws IOException, InterruptedException {
        HttpResponse<String> login = send(get("/login"));
        Matcher csrf = CSRF.matcher(login.body());
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF meta tag on the login page (HTTP " + login.statusCode() + ")");
        }
        String form = "username=" + enc(email) + "&password=" + enc(password) + "&_csrf=" + enc(csrf.group(1));
        HttpResponse<String> posted = send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        String target = posted.headers().firstValue("Location").orElse("");
        if (posted.statusCode() != 302 || target.contains("login")) {
            throw new IllegalStateException("sign-in of " + email + " failed: HTTP " + posted.statusCode() + " -> " + target);
        }
    }

    /** Loads a page of the app as Flow's client does; returns the UIDL of the rendered view. */
    String open(String route) throws IOException, InterruptedException {
        HttpResponse<String> page = send(get("/" + route));
        if (page.statusCode() != 200) {
            throw new IllegalStateException("GET /" + route + ": HTTP " + page.statusCode());
        }
        HttpResponse<String> init = send(get("/?v-r=init&location=" + enc(route) + "&query="));
        JsonNode config = JSON.readTree(init.body()).path("appConfig");
        uiId = config.path("v-uiId").asInt(-1);
        securityKey = config.path("uidl").path("Vaadin-Security-Key").asString("");
        syncId = config.path("uidl").path("syncId").asInt(0);
        clientId = 0;
        historyIndex = 0;
        if (uiId < 0 || securityKey.isEmpty()) {
            throw new IllegalStateException("init of /" + route + " gave no UI: " + init.body().substring(0, Math.min(300, init.body().length())));
        }
        return navigate(route);
    }

    /**
     * Moves the open UI to another route as Flow's client router does on a link click (a {@code ui-navigate}
     * event, no page load): the session keeps one UI, so a long run does not pile up UIs.
     */
    String navigate(String route) throws IOException, InterruptedException {
        var navigate = JSON.createObjectNode();
        navigate.put("type", "event").put("node", 1).put("event", "ui-navigate");
        navigate.putObject("data").put("route", route).put("query", "").put("appShellTitle", "").put("trigger", "")
                .putObject("historyState").put("idx", historyIndex++);
        return uidl(navigate);
    }

    /** One UIDL round trip carrying the given RPC invocations, as Flow's client posts them. */
    String uidl(JsonNode... invocations) throws IOException, InterruptedException {
        var message = JSON.createObjectNode();
        message.put("csrfToken", securityKey);
        var rpc = message.putArray("rpc");
        for (JsonNode invocation : invocations) {
            rpc.add(invocation);
        }
        message.put("syncId", syncId).put("clientId", clientId);
        HttpResponse<String> response = send(request("/?v-r=uidl&v-uiId=" + uiId).header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(message.toString())));
        String body = response.body();
        if (response.statusCode() != 200) {
            throw new IllegalStateException("UIDL: HTTP " + response.statusCode() + " " + body.substring(0, Math.min(300, body.length())));
        }
        // older Flow versions wrapped the reply as for(;;);[{...}]; Flow 25 sends the object itself
        String json = body.startsWith("for(;;);") ? body.substring("for(;;);".length()) : body;
        JsonNode reply = JSON.readTree(json);
        reply = reply.isArray() ? reply.path(0) : reply;
        syncId = reply.path("syncId").asInt(syncId);
        clientId = reply.path("clientId").asInt(clientId + 1);
        return body;
    }

    private HttpRequest.Builder get(String path) {
        return request(path).header("Accept", "text/html").GET();
    }

    private HttpRequest.Builder request(String path) {
        var builder = HttpRequest.newBuilder(URI.create(base + path));
        if (!session.isEmpty()) {
            builder.header("Cookie", "JSESSIONID=" + session);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String cookie : response.headers().allValues("Set-Cookie")) {
            Matcher m = SESSION.matcher(cookie);
            if (m.find()) {
                session = m.group(1);
            }
        }
        return response;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
