package org.stocktake.accounts.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.stocktake.platform.UrlRules;

/** The account pages, the audit log and administration need a login. */
@Configuration(proxyBeanMethods = false)
class AccountsUrlRules {

    @Bean
    UrlRules accountsRules() {
        return UrlRules.privateReads(
                "/account/**",
                "/audit/**",
                "/audit.csv",
                "/admin",
                "/admin/**",
                "/api/v1/me",
                "/api/v1/audit/**",
                "/api/v1/admin/**");
    }
}
