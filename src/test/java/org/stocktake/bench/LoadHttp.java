package org.stocktake.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The load benchmark's HTTP client: one per simulated user, blocking, kept-alive connections
 * (the JDK's HttpURLConnection, light enough to share two cores with the server), no redirects
 * followed, the session cookie kept by hand, a bearer token or a CSRF token where needed.
 */
final class LoadHttp {

    /** One answer: status, redirect target, body (when asked for) and the time from send to last byte. */
    record Answer(int status, String location, String body, long nanos) {}

    private static final Pattern CSRF =
            Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"|name=\"csrf-token\" content=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("(JSESSIONID=[^;]+)");

    private final String base;
    private final String token;
    private String cookie;
    private String csrf;

    LoadHttp(String base, String token) {
        this.base = base;
        this.token = token;
    }

    /** Keeps up to 512 idle connections (the JDK's default is 5) and never resends a POST by itself. */
    static void configureJdk() {
        System.setProperty("http.maxConnections", "512");
        System.setProperty("sun.net.http.retryPost", "false");
    }

    Answer get(String path) throws IOException {
        return send("GET", path, null, null, false);
    }

    Answer getBody(String path) throws IOException {
        return send("GET", path, null, null, true);
    }

    Answer json(String path, String body) throws IOException {
        return send("POST", path, "application/json", body, true);
    }

    /** Posts a form with this session's CSRF token (taken from {@code csrfPage} the first time). */
    Answer form(String path, Map<String, String> fields, String csrfPage) throws IOException {
        if (csrf == null) {
            csrf = csrfOf(getBody(csrfPage).body());
        }
        String body = fields.entrySet().stream()
                        .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                        .collect(Collectors.joining("&"))
                + "&_csrf=" + enc(csrf);
        return send("POST", path, "application/x-www-form-urlencoded", body, true);
    }

    /** Posts JSON in a logged-in session, with the CSRF header a browser's script would send. */
    Answer sessionJson(String path, String body, String csrfPage) throws IOException {
        if (csrf == null) {
            csrf = csrfOf(getBody(csrfPage).body());
        }
        return send("POST", path, "application/json", body, true, Map.of("X-CSRF-TOKEN", csrf));
    }

    /**
     * Logs in through the login form; when the platform asks for a new password first, sets
     * {@code newPassword} and logs in again with it. Throws when the login is refused.
     */
    void login(String username, String password, String newPassword) throws IOException {
        Answer answer = loginOnce(username, password);
        if (answer.location().contains("/account/password")) {
            Answer changed = form(
                    "/account/password",
                    Map.of("oldPassword", password, "newPassword", newPassword),
                    "/account/password");
            if (changed.status() != 302) {
                throw new IllegalStateException("password change of " + username + " refused: " + changed.status() + " "
                        + changed.body()
                                .replaceAll("(?s)<[^>]+>", " ")
                                .replaceAll("\\s+", " ")
                                .trim());
            }
            answer = loginOnce(username, newPassword);
        }
        if (answer.location().contains("/login") || answer.location().contains("/account/password")) {
            throw new IllegalStateException("login of " + username + " refused: " + answer.location());
        }
    }

    private Answer loginOnce(String username, String password) throws IOException {
        cookie = null;
        csrf = null;
        Answer answer = form("/login", Map.of("username", username, "password", password), "/login");
        csrf = null;
        return answer;
    }

    private Answer send(String method, String path, String type, String body, boolean keepBody) throws IOException {
        return send(method, path, type, body, keepBody, Map.of());
    }

    private Answer send(
            String method, String path, String type, String body, boolean keepBody, Map<String, String> headers)
            throws IOException {
        long start = System.nanoTime();
        HttpURLConnection c =
                (HttpURLConnection) URI.create(base + path).toURL().openConnection();
        c.setInstanceFollowRedirects(false);
        c.setConnectTimeout(10_000);
        c.setReadTimeout(60_000);
        c.setRequestMethod(method);
        c.setRequestProperty("Accept", path.startsWith("/api/") ? "application/json" : "text/html,*/*");
        if (token != null) {
            c.setRequestProperty("Authorization", "Bearer " + token);
        }
        if (cookie != null) {
            c.setRequestProperty("Cookie", cookie);
        }
        headers.forEach(c::setRequestProperty);
        if (body != null) {
            c.setDoOutput(true);
            c.setRequestProperty("Content-Type", type);
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            c.setFixedLengthStreamingMode(bytes.length);
            try (OutputStream out = c.getOutputStream()) {
                out.write(bytes);
            }
        }
        int status = c.getResponseCode();
        List<String> cookies = c.getHeaderFields().get("Set-Cookie");
        if (cookies != null) {
            for (String set : cookies) {
                Matcher m = SESSION.matcher(set);
                if (m.find()) {
                    cookie = m.group(1);
                }
            }
        }
        String location = c.getHeaderField("Location");
        String text;
        try (InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream()) {
            text = in == null ? "" : keepBody ? new String(in.readAllBytes(), StandardCharsets.UTF_8) : drain(in);
        }
        return new Answer(status, location == null ? "" : location, text, System.nanoTime() - start);
    }

    private static String drain(InputStream in) throws IOException {
        byte[] buffer = new byte[16384];
        while (in.read(buffer) >= 0) {
            // read to the end, so the connection is kept alive
        }
        return "";
    }

    private static String csrfOf(String page) {
        Matcher m = CSRF.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the page");
        }
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
