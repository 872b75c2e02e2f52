package org.stocktake.reports.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.stocktake.platform.UrlRules;

/** The 督查通报 names red tasks, supervision records and unit scores: for roles that see every unit. */
@Configuration(proxyBeanMethods = false)
class ReportsUrlRules {

    private static final String[] BULLETIN = {"/reports/bulletin", "/reports/bulletin.*", "/reports/bulletin/**"};
    private static final String[] BULLETIN_ROLES = {"COORDINATOR", "LEADER", "VIEWER", "ADMIN"};

    @Bean
    UrlRules reportsRules() {
        return rules -> rules.requestMatchers(HttpMethod.GET, BULLETIN)
                .hasAnyRole(BULLETIN_ROLES)
                .requestMatchers(HttpMethod.HEAD, BULLETIN)
                .hasAnyRole(BULLETIN_ROLES);
    }
}
