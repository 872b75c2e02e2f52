package org.stocktake.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * When no database connection frees up within the pool's wait ({@code stocktake.db.connection-timeout})
 * or a statement runs past {@code stocktake.db.statement-timeout}, the answer is 503 with
 * Retry-After and a problem in words, instead of a 500 with a stack trace. Sits before every other
 * filter, so it also covers the database reads of login and token checks.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseBusyFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseBusyFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!busy(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("数据库繁忙 / database busy, answered 503: {} {}: {}", request.getMethod(), request.getRequestURI(),
                    e.getMessage());
            boolean english = english(request);
            String detail = english ? "The platform is busy. Please try again in a few seconds."
                    : "平台繁忙，请几秒钟后重试。";
            response.resetBuffer();
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", "5");
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + (english ? "Busy" : "繁忙")
                    + "\",\"status\":503,\"detail\":\"" + detail + "\"}");
        }
    }

    /** Chinese unless the request asks for English (?lang=en, the language cookie, or Accept-Language). */
    private static boolean english(HttpServletRequest request) {
        String lang = request.getParameter("lang");
        if (lang == null && request.getCookies() != null) {
            for (jakarta.servlet.http.Cookie c : request.getCookies()) {
                if ("stocktake-lang".equals(c.getName())) {
                    lang = c.getValue();
                }
            }
        }
        if (lang == null) {
            lang = request.getHeader("Accept-Language");
        }
        return lang != null && lang.toLowerCase(java.util.Locale.ROOT).startsWith("en");
    }

    private static boolean busy(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CannotGetJdbcConnectionException || t instanceof QueryTimeoutException
                    || t instanceof java.sql.SQLTransientConnectionException
                    || t instanceof java.sql.SQLException s && "57014".equals(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
