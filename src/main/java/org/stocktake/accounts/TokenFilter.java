package org.stocktake.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates {@code Authorization: Bearer …} on the API; a wrong token gets 401 at once. */
class TokenFilter extends OncePerRequestFilter {

    private final AccountService accounts;

    TokenFilter(AccountService accounts) {
        this.accounts = accounts;
    }

    static boolean bearerApiRequest(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                && header != null
                && header.startsWith("Bearer ");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (bearerApiRequest(request)) {
            Optional<Actor> actor = accounts.actorForToken(
                    request.getHeader("Authorization").substring(7).trim());
            if (actor.isEmpty()) {
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "invalid or revoked token");
                return;
            }
            var authentication = new UsernamePasswordAuthenticationToken(
                    actor.get().username(),
                    null,
                    List.of(new SimpleGrantedAuthority(
                            "ROLE_" + actor.get().role().name())));
            SecurityContextHolder.getContext().setAuthentication(authentication);
        }
        chain.doFilter(request, response);
    }
}
