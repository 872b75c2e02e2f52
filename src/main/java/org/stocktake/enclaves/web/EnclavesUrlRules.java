package org.stocktake.enclaves.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.stocktake.platform.UrlRules;

/** The enclave pages and exports need a login: anonymous visitors never reach the assessment view. */
@Configuration(proxyBeanMethods = false)
class EnclavesUrlRules {

    @Bean
    UrlRules enclavesRules() {
        return UrlRules.privateReads("/enclaves", "/enclaves/**", "/api/v1/enclaves/**");
    }
}
