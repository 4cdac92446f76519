package org.peercert.certification.ob3;

import static org.assertj.core.api.Assertions.assertThat;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions.ProcessingPolicy;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.io.StringReader;
import java.util.Map;
import java.util.Set;

/**
 * JSON-LD expansion of our credentials against the contexts shipped as test resources (no network: any other
 * context fails to load). Expansion drops what no context defines; with the undefined-terms policy set to fail it
 * refuses instead, and {@link #assertNothingDropped} also counts properties before and after.
 */
public final class JsonLdCheck {

    private static final Map<String, String> SHIPPED = Map.of(
            OpenBadges.VC_CONTEXT, "/jsonld/credentials-v2.jsonld",
            OpenBadges.OB_CONTEXT, "/jsonld/ob-context-3.0.3.json");

    private static final DocumentLoader SHIPPED_ONLY = (url, options) -> {
        String resource = SHIPPED.get(url.toString());
        if (resource == null) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "not shipped: " + url);
        }
        try (InputStream in = JsonLdCheck.class.getResourceAsStream(resource)) {
            var document = JsonDocument.of(in);
            document.setDocumentUrl(url);
            return document;
        } catch (java.io.IOException e) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, e.getMessage());
        }
    };

    private JsonLdCheck() {}

    public static JsonArray expand(String json) throws JsonLdError {
        return JsonLd.expand(JsonDocument.of(parse(json))).loader(SHIPPED_ONLY).undefinedTermsPolicy(ProcessingPolicy.Fail).get();
    }

    /** Every property of the compact form is still there after expansion, each under a full IRI. */
    public static void assertNothingDropped(String json) throws JsonLdError {
        JsonArray expanded = expand(json);
        assertThat(expanded).hasSize(1);
        assertThat(expandedProperties(expanded)).as("properties after expansion").isEqualTo(compactProperties(parse(json)));
        assertThat(expanded.toString()).doesNotContain("issuer-dependent");
    }

    static JsonStructure parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.read();
        }
    }

    private static final Set<String> KEYWORD_ALIASES = Set.of("id", "type");

    /** Property occurrences, without the contexts and without {@code id}/{@code type} (keywords, not properties). */
    static int compactProperties(JsonValue value) {
        int count = 0;
        if (value instanceof JsonObject object) {
            for (var e : object.entrySet()) {
                if (e.getKey().equals("@context")) {
                    continue;
                }
                if (!KEYWORD_ALIASES.contains(e.getKey())) {
                    count++;
                }
                count += compactProperties(e.getValue());
            }
        } else if (value instanceof JsonArray array) {
            for (JsonValue item : array) {
                count += compactProperties(item);
            }
        }
        return count;
    }

    static int expandedProperties(JsonValue value) {
        int count = 0;
        if (value instanceof JsonObject object) {
            for (var e : object.entrySet()) {
                if (!e.getKey().startsWith("@")) {
                    assertThat(e.getKey()).as("expanded property").startsWith("http");
                    count++;
                }
                if (!e.getKey().equals("@value")) {
                    count += expandedProperties(e.getValue());
                }
            }
        } else if (value instanceof JsonArray array) {
            for (JsonValue item : array) {
                count += expandedProperties(item);
            }
        }
        return count;
    }
}
