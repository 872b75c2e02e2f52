package org.stocktake.accounts;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Open data stays open: every page and {@code GET /api/v1/**} is public and read-only, except the
 * supervision pages and API, which need a login. Every write needs a login (form login, CSRF on)
 * or an API token ({@code Authorization: Bearer …}, CSRF off for those requests only). Roles and
 * unit or region scopes are checked again in the services.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    static final String[] PRIVATE_READS = {"/tasks/**", "/my-unit/**", "/supervision/**", "/inbox/**", "/scores/**",
        "/audit/**", "/account/**", "/admin/**", "/api/v1/tasks/**", "/api/v1/inbox/**", "/api/v1/scores/**",
        "/api/v1/audit/**", "/api/v1/admin/**", "/api/v1/me", "/audit.csv",
        "/tasks.xlsx", "/api/v1/attachments/**", "/admin", "/data", "/data/**"};

    @Bean
    SecurityFilterChain filterChain(HttpSecurity http, AccountService accounts) throws Exception {
        RequestMatcher api = request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/error").permitAll()
                        .requestMatchers(HttpMethod.GET, PRIVATE_READS).authenticated()
                        .requestMatchers(HttpMethod.GET, "/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/**").permitAll()
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").permitAll()
                        .successHandler((request, response, authentication) -> {
                            accounts.loginSucceeded(authentication.getName());
                            boolean change = accounts.user(authentication.getName())
                                    .map(UserView::mustChangePassword).orElse(false);
                            response.sendRedirect(request.getContextPath() + (change ? PasswordChangeFilter.CHANGE_PAGE : "/tasks"));
                        })
                        .failureHandler((request, response, exception) -> {
                            boolean locked = exception instanceof LockedException;
                            if (!locked) {
                                accounts.loginFailed(String.valueOf(request.getParameter("username")));
                            }
                            response.sendRedirect(request.getContextPath() + (locked ? "/login?locked" : "/login?error"));
                        }))
                .logout(l -> l.logoutSuccessUrl("/"))
                .csrf(c -> c.ignoringRequestMatchers(TokenFilter::bearerApiRequest))
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                        new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), api))
                .addFilterBefore(new TokenFilter(accounts), UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new PasswordChangeFilter(accounts), BasicAuthenticationFilter.class);
        return http.build();
    }
}
