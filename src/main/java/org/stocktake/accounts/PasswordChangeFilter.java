package org.stocktake.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** A user whose password must be changed can do nothing else until it is. */
class PasswordChangeFilter extends OncePerRequestFilter {

    static final String CHANGE_PAGE = "/account/password";

    private final AccountService accounts;

    PasswordChangeFilter(AccountService accounts) {
        this.accounts = accounts;
    }

    private boolean mustChange(HttpServletRequest request, String username) {
        Object read = request.getAttribute(SessionGuard.USER);
        UserView user = read instanceof UserView v && v.username().equals(username)
                ? v
                : accounts.user(username).orElse(null);
        return user != null && user.mustChangePassword();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean exempt = path.equals(CHANGE_PAGE)
                || path.equals("/logout")
                || path.startsWith("/login")
                || path.startsWith("/webjars/")
                || path.endsWith(".css")
                || path.endsWith(".js")
                || path.endsWith(".svg");
        if (!exempt
                && auth != null
                && auth.isAuthenticated()
                && !(auth instanceof AnonymousAuthenticationToken)
                && !TokenFilter.bearerApiRequest(request)
                && mustChange(request, auth.getName())) {
            if ("GET".equals(request.getMethod())) {
                response.sendRedirect(request.getContextPath() + CHANGE_PAGE);
            } else {
                response.sendError(HttpServletResponse.SC_FORBIDDEN, "password change required");
            }
            return;
        }
        chain.doFilter(request, response);
    }
}
