package org.stocktake.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a logged-in session once its user's password has changed (elsewhere) or the user was
 * disabled: at login the session remembers the user's credential stamp
 * ({@link AccountService#credentialStamp}); a session whose stamp no longer matches is invalidated
 * and its request answered as anonymous would be (401 on the API, the login page otherwise). The
 * session that changed the password itself takes the new stamp and stays.
 */
class SessionGuard extends OncePerRequestFilter {

    private static final String STAMP = SessionGuard.class.getName() + ".stamp";
    /** The logged-in user as this filter read it, for the filters after it (one query a request). */
    static final String USER = SessionGuard.class.getName() + ".user";

    private final AccountService accounts;

    SessionGuard(AccountService accounts) {
        this.accounts = accounts;
    }

    /** Called at a successful form login: the session remembers the password it was opened with. */
    static void remember(HttpServletRequest request, AccountService accounts, String username) {
        accounts.credentialStamp(username)
                .ifPresent(stamp -> request.getSession().setAttribute(STAMP, stamp));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (session == null
                || auth == null
                || !auth.isAuthenticated()
                || auth instanceof AnonymousAuthenticationToken
                || TokenFilter.bearerApiRequest(request)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<AccountRepository.StoredUser> user = accounts.stored(auth.getName());
        Optional<String> current = user.flatMap(AccountService::credentialStamp);
        if (current.isEmpty() || !current.get().equals(session.getAttribute(STAMP))) {
            session.invalidate();
            SecurityContextHolder.clearContext();
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "session ended: the password was changed");
            } else {
                response.sendRedirect(request.getContextPath() + "/login?expired");
            }
            return;
        }
        request.setAttribute(USER, user.get().view());
        chain.doFilter(request, response);
        if ("POST".equals(request.getMethod())
                && request.getRequestURI().equals(request.getContextPath() + PasswordChangeFilter.CHANGE_PAGE)) {
            try {
                accounts.credentialStamp(auth.getName()).ifPresent(stamp -> session.setAttribute(STAMP, stamp));
            } catch (IllegalStateException alreadyInvalidated) {
                // the session ended during the request; nothing to keep
            }
        }
    }
}
