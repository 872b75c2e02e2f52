package org.stocktake.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses malformed requests before any work, ahead of the security filters: a control character
 * (NUL and the like) in the address or in a parameter name or value (400), and an attachment upload
 * whose declared length is already past the attachment limit (413, before its body is read; one
 * sent without a length is limited while it is read, in {@code tasks.Attachments}). The refusal is
 * answered by {@link FilterErrors} in the caller's language.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class RequestErrors extends OncePerRequestFilter {

    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");
    private static final Pattern ENCODED_CONTROL = Pattern.compile("%(?:[01][0-9A-Fa-f]|7[Ff])");

    private static final Pattern ATTACHMENT_UPLOAD =
            Pattern.compile("/api/v1/updates/[^/]+/attachments|/tasks/[^/]+/updates");
    /** Room for the other form fields and the multipart framing around an attachment. */
    private static final long FORM_SLACK = 1024 * 1024;

    private final Errors errors;
    private final long maxAttachmentBytes;

    RequestErrors(Errors errors, @Value("${stocktake.attachments.max-bytes:10485760}") long maxAttachmentBytes) {
        this.errors = errors;
        this.maxAttachmentBytes = maxAttachmentBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (CONTROL.matcher(path).find() || ENCODED_CONTROL.matcher(path).find()) {
            refuse(request, response, errors.message(HttpStatus.BAD_REQUEST, "error.path.control"));
            return;
        }
        if ("POST".equals(request.getMethod())
                && ATTACHMENT_UPLOAD.matcher(path).matches()
                && request.getContentLengthLong() > maxAttachmentBytes + FORM_SLACK) {
            refuse(
                    request,
                    response,
                    errors.message(
                            HttpStatus.CONTENT_TOO_LARGE,
                            "error.upload.size",
                            maxAttachmentBytes / (1024 * 1024) + " MB"));
            return;
        }
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            if (controlIn(parameter.getKey(), parameter.getValue())) {
                refuse(
                        request,
                        response,
                        errors.message(HttpStatus.BAD_REQUEST, "error.param.control", Errors.echo(parameter.getKey())));
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean controlIn(String name, String[] values) {
        if (CONTROL.matcher(name).find()) {
            return true;
        }
        for (String value : values) {
            if (value != null && CONTROL.matcher(value).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Answers through {@code /error} and sends the answer at once: a client still sending a body the
     * server will not read gets the refusal now, and the connection is closed after it.
     */
    private static void refuse(HttpServletRequest request, HttpServletResponse response, Errors.Failure failure)
            throws IOException, ServletException {
        request.setAttribute(FilterErrors.FAILURE, failure);
        response.setHeader("Connection", "close");
        request.getRequestDispatcher("/error").forward(new Unread(request), response);
        response.flushBuffer();
    }

    /** The refused request as the error page sees it: a GET without body or parameters, so nothing reads (or parses) its body. */
    private static final class Unread extends jakarta.servlet.http.HttpServletRequestWrapper {
        Unread(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getContentType() {
            return null;
        }

        @Override
        public String getHeader(String name) {
            return "Content-Type".equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public java.util.Map<String, String[]> getParameterMap() {
            return java.util.Map.of();
        }

        @Override
        public java.util.Enumeration<String> getParameterNames() {
            return java.util.Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }

        @Override
        public long getContentLengthLong() {
            return -1;
        }

        @Override
        public int getContentLength() {
            return -1;
        }
    }
}
