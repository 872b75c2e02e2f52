package org.stocktake.accounts;

import jakarta.servlet.DispatcherType;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.stocktake.platform.UrlRules;

/**
 * Public by design, and nothing else: the plan, approved values, published verdicts, the cockpit and
 * the evaluation report are open to everyone. Each module contributes its own URL rules
 * ({@link UrlRules} beans in its {@code web} package): supervision pages and API, the bulletin, data
 * work, value histories and exports of unapproved values ({@code current=true}) need a login; the
 * bulletin also needs a role that sees every unit. Every write needs a login (form login, CSRF on) or an API token
 * ({@code Authorization: Bearer …}, CSRF off for those requests only). Roles and unit or region
 * scopes are checked again in the services. Every answer carries the security headers of
 * {@link #CONTENT_SECURITY_POLICY} and friends.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    /**
     * Scripts, styles, images and requests from this origin only: no inline script, event handler,
     * eval, style element or style attribute (page data travels in JSON data blocks and
     * {@code data-*} attributes, behaviour in {@code static/*.js}); nobody may frame the pages.
     * Styles set from scripts (ECharts) are not inline styles and stay allowed.
     */
    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data: blob:",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    static final String PERMISSIONS_POLICY = String.join(
            ", ",
            "camera=()",
            "microphone=()",
            "geolocation=()",
            "payment=()",
            "usb=()",
            "serial=()",
            "bluetooth=()",
            "midi=()",
            "magnetometer=()",
            "gyroscope=()",
            "accelerometer=()",
            "display-capture=()",
            "browsing-topics=()");

    @Bean
    SecurityFilterChain filterChain(
            HttpSecurity http, AccountService accounts, Navigation navigation, List<UrlRules> modules)
            throws Exception {
        RequestMatcher api = request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        http.authorizeHttpRequests(a -> {
                    // a streamed answer's async dispatch and an error dispatch were authorised on the request itself
                    a.dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR)
                            .permitAll()
                            .requestMatchers("/login", "/error")
                            .permitAll();
                    modules.forEach(module -> module.contribute(a));
                    a.requestMatchers(HttpMethod.GET, "/**")
                            .permitAll()
                            .requestMatchers(HttpMethod.HEAD, "/**")
                            .permitAll()
                            .anyRequest()
                            .authenticated();
                })
                .formLogin(f -> f.loginPage("/login")
                        .permitAll()
                        .successHandler((request, response, authentication) -> {
                            SessionGuard.remember(request, accounts, authentication.getName());
                            boolean change = accounts.user(authentication.getName())
                                    .map(UserView::mustChangePassword)
                                    .orElse(false);
                            response.sendRedirect(request.getContextPath()
                                    + (change
                                            ? PasswordChangeFilter.CHANGE_PAGE
                                            : navigation.landingOf(authentication.getName())));
                        })
                        .failureHandler((request, response, exception) -> response.sendRedirect(request.getContextPath()
                                + (exception instanceof LockedException ? "/login?locked" : "/login?error"))))
                .logout(l -> l.logoutSuccessUrl("/"))
                .csrf(c -> c.ignoringRequestMatchers(TokenFilter::bearerApiRequest))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .permissionsPolicyHeader(p -> p.policy(PERMISSIONS_POLICY))
                        .frameOptions(f -> f.deny()))
                // sent as an error, so the one error handler answers it as a problem document in words
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                        (request, response, refused) -> response.sendError(HttpStatus.UNAUTHORIZED.value()), api))
                .addFilterBefore(new TokenFilter(accounts), UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new SessionGuard(accounts), BasicAuthenticationFilter.class)
                .addFilterAfter(new PasswordChangeFilter(accounts), SessionGuard.class);
        return http.build();
    }
}
