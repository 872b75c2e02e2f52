package org.stocktake.households.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.stocktake.platform.UrlRules;

/** Nothing of household monitoring is public; the service decides what each caller sees. */
@Configuration(proxyBeanMethods = false)
class HouseholdsUrlRules {

    @Bean
    UrlRules householdsRules() {
        return UrlRules.privateReads("/households", "/households/**", "/api/v1/households", "/api/v1/households/**");
    }
}
