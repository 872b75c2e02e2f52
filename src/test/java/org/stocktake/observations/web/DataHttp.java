package org.stocktake.observations.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A test client for the data pages and API: a bearer token or a logged-in session, multipart uploads. */
final class DataHttp {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"|name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String BOUNDARY = "----stocktake-data-boundary";

    private final String base;
    private final String token;
    private final HttpClient client;

    /** Pages answer in English (the language cookie), so tests can read the reasons. */
    private DataHttp(int port, String token) {
        this.base = "http://localhost:" + port;
        this.token = token;
        CookieManager cookies = new CookieManager();
        java.net.HttpCookie lang = new java.net.HttpCookie("stocktake-lang", "en");
        lang.setPath("/");
        lang.setVersion(0);
        cookies.getCookieStore().add(URI.create(base), lang);
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    static DataHttp token(int port, String token) {
        return new DataHttp(port, token);
    }

    static DataHttp anonymous(int port) {
        return new DataHttp(port, null);
    }

    static DataHttp session(int port, String username, String password) {
        DataHttp http = new DataHttp(port, null);
        http.form("/login", Map.of("username", username, "password", password), "/login");
        return http;
    }

    HttpResponse<String> get(String path) {
        return send(request(path).header("Accept-Language", "en").GET().build());
    }

    HttpResponse<String> json(String path, String body) {
        return send(request(path).header("Content-Type", "application/json").header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    HttpResponse<String> form(String path, Map<String, String> fields, String csrfPage) {
        String body = fields.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&")) + "&_csrf=" + enc(csrf(csrfPage));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept-Language", "en").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** A multipart upload of {@code content} as part {@code file}, with the other fields; CSRF from a page when a session. */
    HttpResponse<String> upload(String path, String fileName, byte[] content, Map<String, String> fields, String csrfPage) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            for (var f : fields.entrySet()) {
                body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
                        + f.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(content);
            body.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        HttpRequest.Builder b = request(path).header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .header("Accept-Language", "en");
        if (csrfPage != null) {
            b.header("X-CSRF-TOKEN", csrf(csrfPage));
        }
        return send(b.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    private String csrf(String page) {
        Matcher m = CSRF.matcher(get(page).body());
        return m.find() ? (m.group(1) != null ? m.group(1) : m.group(2)) : "";
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
