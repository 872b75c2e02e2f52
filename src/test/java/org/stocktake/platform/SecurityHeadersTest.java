package org.stocktake.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stocktake.SupervisionTest;

/**
 * Every answer, page or API, carries the security headers (a Content-Security-Policy without inline
 * script, frame-ancestors 'none', Referrer-Policy, Permissions-Policy, nosniff); the session cookie
 * is HttpOnly and SameSite=Lax, and Secure when a TLS reverse proxy says the request came over HTTPS.
 */
class SecurityHeadersTest extends SupervisionTest {

    @LocalServerPort
    int port;

    private final HttpClient client =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void pagesAndApiAnswersCarryTheSecurityHeaders() throws Exception {
        for (String path :
                List.of("/", "/cockpit", "/map", "/login", "/api/v1/regions", "/api/v1/tasks", "/stocktake.css")) {
            HttpHeaders headers =
                    send(HttpRequest.newBuilder(uri(path)).GET().build()).headers();
            String csp = headers.firstValue("Content-Security-Policy").orElse("");
            assertThat(directive(csp, "script-src")).as(path).isEqualTo("'self'");
            assertThat(directive(csp, "default-src")).as(path).isEqualTo("'self'");
            assertThat(directive(csp, "style-src")).as(path).isEqualTo("'self'");
            assertThat(directive(csp, "object-src")).as(path).isEqualTo("'none'");
            assertThat(directive(csp, "frame-ancestors")).as(path).isEqualTo("'none'");
            assertThat(csp).as(path).doesNotContain("unsafe-eval");
            assertThat(headers.firstValue("Referrer-Policy")).as(path).contains("strict-origin-when-cross-origin");
            assertThat(headers.firstValue("Permissions-Policy"))
                    .as(path)
                    .get()
                    .asString()
                    .contains("camera=()", "microphone=()", "geolocation=()");
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(headers.firstValue("X-Frame-Options")).as(path).contains("DENY");
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLaxAndSecureBehindTls() throws Exception {
        String plain = sessionCookie(HttpRequest.newBuilder(uri("/login")).GET().build());
        assertThat(plain)
                .contains("HttpOnly")
                .containsIgnoringCase("SameSite=Lax")
                .doesNotContainIgnoringCase("Secure");

        String tls = sessionCookie(HttpRequest.newBuilder(uri("/login"))
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-For", "203.0.113.9")
                .GET()
                .build());
        assertThat(tls)
                .contains("HttpOnly")
                .containsIgnoringCase("SameSite=Lax")
                .containsIgnoringCase("Secure");
    }

    @Test
    void behindTlsTheLoginRedirectsStayOnHttps() throws Exception {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/tasks"))
                .header("Accept", "text/html")
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "stocktake.example.org")
                .GET()
                .build());
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location"))
                .get()
                .asString()
                .startsWith("https://stocktake.example.org/");
        assertThat(answer.headers().firstValue("Strict-Transport-Security"))
                .get()
                .asString()
                .contains("max-age=31536000");
        HttpResponse<String> plain = send(HttpRequest.newBuilder(uri("/")).GET().build());
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    private String sessionCookie(HttpRequest request) throws Exception {
        return send(request).headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie"));
    }

    private static String directive(String csp, String name) {
        Matcher m = Pattern.compile("(?:^|;)\\s*" + Pattern.quote(name) + "\\s+([^;]*)")
                .matcher(csp);
        return m.find() ? m.group(1).trim() : null;
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
