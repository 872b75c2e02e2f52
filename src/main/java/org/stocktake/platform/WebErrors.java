package org.stocktake.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * The one error handler of the pages and the API. Under {@code /api/} a refused request is an
 * RFC 9457 problem ({@code application/problem+json}) whose title and detail are in the caller's
 * language; elsewhere it is the error page saying the same in words. What is said comes from
 * {@link Errors}; an unexpected failure is logged here (one line and the stack) and answered 500
 * with no detail.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class WebErrors {

    private static final Logger LOG = LoggerFactory.getLogger(WebErrors.class);

    private final Errors errors;

    WebErrors(Errors errors) {
        this.errors = errors;
    }

    @ExceptionHandler(Exception.class)
    Object handle(Exception e, HttpServletRequest request, Locale locale) {
        Errors.Failure failure = errors.of(e);
        log(failure, e, request.getMethod(), request.getRequestURI());
        HttpHeaders headers = e instanceof ErrorResponse response ? response.getHeaders() : HttpHeaders.EMPTY;
        return answer(failure, request.getContextPath(), request.getRequestURI(), headers, locale);
    }

    static void log(Errors.Failure failure, Throwable e, String method, String uri) {
        if (failure.serverFault()) {
            LOG.error("{} {} failed: {}", method, Errors.echo(uri), e.toString(), e);
        } else if (LOG.isDebugEnabled()) {
            LOG.debug(
                    "{} {} refused with {}: {}",
                    method,
                    Errors.echo(uri),
                    failure.status().value(),
                    e.toString());
        }
    }

    /** A problem document for the API, the error page for everything else. */
    Object answer(Errors.Failure failure, String contextPath, String uri, HttpHeaders headers, Locale locale) {
        String title = errors.title(failure.status(), locale);
        String detail = failure.detail().apply(locale);
        if (uri != null && uri.startsWith(contextPath + "/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(failure.status(), detail);
            problem.setTitle(title);
            if (!failure.problems().isEmpty()) {
                problem.setProperty("problems", failure.problems());
            }
            return ResponseEntity.status(failure.status())
                    .headers(headers)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        ModelAndView page = new ModelAndView("error", failure.status());
        page.addObject("status", failure.status().value());
        page.addObject("heading", title);
        page.addObject("lines", detail.lines().toList());
        // busy: no connection to spare, so the page is drawn without asking the database (the header's menu)
        page.addObject("serverBusy", failure.status() == HttpStatus.SERVICE_UNAVAILABLE);
        headers.forEach((name, values) -> values.forEach(v -> page.addObject("allow", v)));
        return page;
    }
}
