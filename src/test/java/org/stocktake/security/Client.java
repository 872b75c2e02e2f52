package org.stocktake.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A hostile but well-behaved HTTP client: anonymous, a logged-in browser session (cookies and the
 * CSRF token of the session), or an API token; any method, body, header and multipart upload.
 */
final class Client {

    private static final Pattern CSRF =
            Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"|name=\"csrf-token\" content=\"([^\"]+)\"");

    private final String base;
    private final String token;
    private final HttpClient http;
    private String csrf;

    private Client(int port, String token) {
        this.base = "http://localhost:" + port;
        this.token = token;
        this.http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager())
                .build();
    }

    static Client anonymous(int port) {
        return new Client(port, null);
    }

    static Client token(int port, String token) {
        return new Client(port, token);
    }

    static Client session(int port, String username, String password) {
        Client client = new Client(port, null);
        HttpResponse<String> login = client.form("/login", Map.of("username", username, "password", password));
        if (login.statusCode() != 302
                || login.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("login failed for " + username + ": " + login.statusCode());
        }
        client.csrf = null;
        return client;
    }

    boolean usesToken() {
        return token != null;
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    HttpResponse<String> get(String path, String accept) {
        return send(request(path).header("Accept", accept).GET());
    }

    HttpResponse<String> json(String method, String path, String body) {
        return send(withCsrf(request(path))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> raw(String method, String path, String contentType, String body) {
        return send(withCsrf(request(path))
                .header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A form post with this session's CSRF token. */
    HttpResponse<String> form(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                        .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                        .collect(Collectors.joining("&"))
                + "&_csrf=" + enc(csrf());
        return send(browser(request(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A multipart post: text fields and one file; the CSRF token as a field when in a session. */
    HttpResponse<String> multipart(String path, Map<String, String> fields, String fileName, byte[] content) {
        return multipart(path, fields, fileName, () -> new java.io.ByteArrayInputStream(content), content.length);
    }

    /**
     * A multipart post whose file is streamed from {@code content}; with {@code length} below zero it
     * is sent chunked (no Content-Length), as a client streaming a large file does.
     */
    HttpResponse<String> multipart(
            String path, Map<String, String> fields, String fileName, Supplier<InputStream> content, long length) {
        String boundary = "----stocktake-security-" + System.nanoTime();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        Map<String, String> all = new java.util.LinkedHashMap<>(fields);
        if (token == null) {
            all.put("_csrf", csrf());
        }
        all.forEach((name, value) -> write(
                head,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
                        + "\r\n"));
        write(
                head,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] start = head.toByteArray();
        Supplier<InputStream> body =
                () -> new java.io.SequenceInputStream(java.util.Collections.enumeration(java.util.List.of(
                        new java.io.ByteArrayInputStream(start),
                        content.get(),
                        new java.io.ByteArrayInputStream(tail))));
        HttpRequest.BodyPublisher publisher = length < 0
                ? HttpRequest.BodyPublishers.ofInputStream(body)
                : HttpRequest.BodyPublishers.fromPublisher(
                        HttpRequest.BodyPublishers.ofInputStream(body), start.length + length + tail.length);
        return send(browser(request(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(publisher));
    }

    /**
     * The CSRF token of this session (read once from the login page, which every session may see).
     * Synchronized: two threads reading it at once without a session would start two sessions and
     * keep the token of one with the cookie of the other.
     */
    synchronized String csrf() {
        if (csrf == null) {
            Matcher m = CSRF.matcher(get("/login").body());
            csrf = m.find() ? (m.group(1) != null ? m.group(1) : m.group(2)) : "";
        }
        return csrf;
    }

    /** A browser session accepts HTML (which is what makes Spring Security redirect it to the login page). */
    private HttpRequest.Builder browser(HttpRequest.Builder b) {
        return token == null ? b.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8") : b;
    }

    private HttpRequest.Builder withCsrf(HttpRequest.Builder b) {
        return token == null ? b.header("X-CSRF-TOKEN", csrf()) : b;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b =
                HttpRequest.newBuilder(URI.create(base + path)).timeout(java.time.Duration.ofSeconds(60));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
