package org.peercert.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The cuts behind "page weight on a phone" (docs/benchmarks.md), over real HTTP at the real server: text goes
 * compressed, the hashed bundle is cached for good, pages are not cached, unused Lumo parts are not loaded.
 * Same context as the other random-port tests. HttpClient does not decompress, so the headers are what was sent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PageWeightIT {

    @LocalServerPort int port;
    @Value("${server.compression.mime-types:}") List<String> compressedTypes;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<byte[]> get(String path, String acceptEncoding) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + path.replaceFirst("^\\.?/", "")));
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        return http.send(request.build(), BodyHandlers.ofByteArray());
    }

    private Document catalogPage() throws IOException, InterruptedException {
        return Jsoup.parse(new String(get("/", null).body(), java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    @Test
    void bundleScriptIsCompressedForEveryBrowserAndCachedForAYear() throws Exception {
        String bundle = catalogPage().select("script[src*=VAADIN/build/]").attr("src");
        assertThat(bundle).isNotEmpty();

        var brotli = get(bundle, "gzip, deflate, br");
        assertThat(header(brotli, "Content-Encoding")).isEqualTo("br");
        assertThat(header(brotli, "Cache-Control")).isEqualTo("public, max-age=31536000, immutable");

        var gzip = get(bundle, "gzip");
        assertThat(gzip.statusCode()).isEqualTo(200);
        assertThat(header(gzip, "Content-Encoding")).isEqualTo("gzip");
        assertThat(header(gzip, "Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
    }

    @Test
    void pagesAndStylesheetsAreCompressedAndPagesAreNotCached() throws Exception {
        var page = get("/", "gzip, deflate, br");
        assertThat(header(page, "Content-Encoding")).isEqualTo("gzip");
        assertThat(header(page, "Cache-Control")).contains("no-store");
        assertThat(header(page, "Content-Security-Policy")).contains("frame-ancestors 'none'");

        for (var sheet : catalogPage().select("link[rel=stylesheet]")) {
            var css = get(sheet.attr("href"), "gzip, deflate, br");
            assertThat(css.statusCode()).as(sheet.attr("href")).isEqualTo(200);
            assertThat(header(css, "Content-Encoding")).as(sheet.attr("href")).isEqualTo("gzip");
            assertThat(header(css, "Cache-Control")).as(sheet.attr("href")).doesNotContain("no-store");
        }
        assertThat(header(get("/peercert/images/logo.svg", "gzip"), "Content-Type")).startsWith("image/svg+xml");
    }

    @Test
    void alreadyCompressedFormatsAreNotCompressedAgain() {
        assertThat(compressedTypes).contains("text/html", "text/css", "application/javascript", "application/json", "image/svg+xml")
                .doesNotContain("application/pdf", "image/png", "application/zip");
    }

    @Test
    void lumoUtilityClassesAreNotLoaded() throws Exception {
        var sheets = catalogPage().select("link[rel=stylesheet]").eachAttr("href");
        assertThat(sheets).anyMatch(href -> href.contains("lumo/lumo.css")).noneMatch(href -> href.contains("utility.css"));
    }
}
