package org.stocktake.platform;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Replaces Spring Boot's {@code /error}: failures outside the controllers (a servlet filter, the
 * security filters, the container) answer like the controllers do, through {@link WebErrors}, and
 * never with an exception's message, a class name or a trace.
 */
@Controller
class FilterErrors implements ErrorController {

    /** A request attribute where a filter leaves the failure it answered with {@code sendError}. */
    static final String FAILURE = "stocktake.failure";

    private final Errors errors;
    private final WebErrors web;

    FilterErrors(Errors errors, WebErrors web) {
        this.errors = errors;
        this.web = web;
    }

    @RequestMapping("/error")
    Object error(HttpServletRequest request, Locale locale) {
        Throwable thrown = unwrap((Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
        Errors.Failure failure;
        if (request.getAttribute(FAILURE) instanceof Errors.Failure set) {
            failure = set;
        } else if (thrown != null) {
            failure = errors.of(thrown);
        } else {
            HttpStatus status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
                    ? HttpStatus.resolve(code)
                    : null;
            failure = errors.of(status == null ? HttpStatus.NOT_FOUND : status);
        }
        String uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String original
                ? original
                : request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI) instanceof String forwarded
                        ? forwarded
                        : request.getRequestURI();
        if (thrown != null) {
            WebErrors.log(failure, thrown, request.getMethod(), uri);
        }
        return web.answer(failure, request.getContextPath(), uri, HttpHeaders.EMPTY, locale);
    }

    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while (t instanceof ServletException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
