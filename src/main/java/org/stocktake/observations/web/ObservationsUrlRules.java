package org.stocktake.observations.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.stocktake.platform.UrlRules;

/**
 * The data pages, value histories and exports of current (not only approved) values need a login;
 * approved values are public.
 */
@Configuration(proxyBeanMethods = false)
class ObservationsUrlRules {

    private static final Set<String> FALSE = Set.of("", "false", "off", "no", "0");

    @Bean
    UrlRules observationsRules() {
        UrlRules pages = UrlRules.privateReads(
                "/data", "/data/**", "/api/v1/observations/history", "/api/v1/observations/history/**");
        return rules -> {
            pages.contribute(rules);
            rules.requestMatchers(ObservationsUrlRules::currentExport).authenticated();
        };
    }

    /** {@code GET /api/v1/exports} of current (not only approved) values. */
    static boolean currentExport(HttpServletRequest request) {
        String[] current = request.getParameterValues("current");
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/v1/exports")
                && current != null
                && Arrays.stream(current)
                        .anyMatch(v -> !FALSE.contains(v.strip().toLowerCase(Locale.ROOT)));
    }
}
