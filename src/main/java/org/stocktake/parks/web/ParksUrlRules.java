package org.stocktake.parks.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.stocktake.platform.UrlRules;

/** The park registry, evaluation and decisions are public reads (no rule of their own beyond the general ones). */
@Configuration(proxyBeanMethods = false)
class ParksUrlRules {

    @Bean
    UrlRules parksRules() {
        return rules -> {};
    }
}
