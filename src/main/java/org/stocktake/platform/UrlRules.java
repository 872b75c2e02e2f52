package org.stocktake.platform;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A module's own URL rules, contributed to the one security filter chain. Pages and API are
 * readable without a login unless a module says otherwise here; every write needs a login. The
 * rules only keep anonymous visitors out early: the services still check every caller.
 */
@FunctionalInterface
public interface UrlRules {

    /** Adds this module's rules to the filter chain's registry, before the general ones. */
    void contribute(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules);

    /** Reads (GET and HEAD) under these patterns need a login. */
    static UrlRules privateReads(String... patterns) {
        return rules -> rules.requestMatchers(HttpMethod.GET, patterns)
                .authenticated()
                .requestMatchers(HttpMethod.HEAD, patterns)
                .authenticated();
    }
}
