package org.stocktake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
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

/** A small HTTP client for tests: a bearer token, or a browser-like session with cookies and CSRF. */
public final class Http {

    private static final Pattern CSRF =
            Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"|name=\"csrf-token\" content=\"([^\"]+)\"");

    private static final String BOUNDARY = "----stocktake-test-boundary";

    private final String base;
    private final String token;
    private final HttpClient client;
    private final CookieManager cookies;
    private String language;

    private Http(String base, String token, boolean cookies) {
        this.base = base;
        this.token = token;
        this.cookies = cookies ? new CookieManager() : null;
        HttpClient.Builder builder = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER);
        if (cookies) {
            builder.cookieHandler(this.cookies);
        }
        this.client = builder.build();
    }

    /** From now on pages and problems answer in English (language cookie and header), so tests can read reasons. */
    public Http english() {
        language = "en";
        if (cookies != null) {
            HttpCookie lang = new HttpCookie("stocktake-lang", "en");
            lang.setPath("/");
            lang.setVersion(0);
            cookies.getCookieStore().add(URI.create(base), lang);
        }
        return this;
    }

    public static Http token(int port, String token) {
        return new Http("http://localhost:" + port, token, false);
    }

    public static Http anonymous(int port) {
        return new Http("http://localhost:" + port, null, true);
    }

    /** Logs in through the login form; returns the session and where the login redirected. */
    public static Http session(int port, String username, String password) {
        Http http = anonymous(port);
        HttpResponse<String> login = http.form("/login", Map.of("username", username, "password", password), "/login");
        http.lastRedirect = login.headers().firstValue("Location").orElse("");
        return http;
    }

    public String lastRedirect = "";

    public HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    /** A GET as a browser sends it (accepting HTML). */
    public HttpResponse<String> page(String path) {
        return send(request(path)
                .header("Accept", "text/html,application/xhtml+xml")
                .GET()
                .build());
    }

    /** A GET of a download (PDF, DOCX, XLSX): the body as bytes. */
    public HttpResponse<byte[]> bytes(String path) {
        try {
            return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> json(String method, String path, String body) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body == null ? "" : body))
                .build());
    }

    /** Posts a form with the CSRF token taken from the page at {@code csrfPage}. */
    public HttpResponse<String> form(String path, Map<String, String> fields, String csrfPage) {
        String body = fields.entrySet().stream()
                        .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                        .collect(Collectors.joining("&"))
                + "&_csrf=" + enc(csrf(csrfPage));
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    /** A multipart upload of {@code content} as part {@code file}, with the other fields; CSRF from a page when a session. */
    public HttpResponse<String> upload(
            String path, String fileName, byte[] content, Map<String, String> fields, String csrfPage) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            for (var f : fields.entrySet()) {
                body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
                                + f.getValue() + "\r\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                            + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.write(content);
            body.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        HttpRequest.Builder b = request(path).header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY);
        if (csrfPage != null) {
            b.header("X-CSRF-TOKEN", csrf(csrfPage));
        }
        return send(b.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());
    }

    /**
     * The session's CSRF token, read from {@code page} as a browser reads it: following the page's
     * redirects on this site (a logged-in user at {@code /} is sent to their role's landing page).
     */
    private String csrf(String page) {
        String path = page;
        HttpResponse<String> answer = get(path);
        for (int hops = 0; hops < 5 && answer.statusCode() / 100 == 3; hops++) {
            String location = answer.headers().firstValue("Location").orElse("");
            if (location.startsWith(base)) {
                location = location.substring(base.length());
            }
            if (!location.startsWith("/")) {
                break;
            }
            path = location;
            answer = get(path);
        }
        Matcher m = CSRF.matcher(answer.body());
        return m.find() ? (m.group(1) != null ? m.group(1) : m.group(2)) : "";
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (language != null) {
            b.header("Accept-Language", language);
            if (cookies == null) {
                b.header("Cookie", "stocktake-lang=" + language);
            }
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
