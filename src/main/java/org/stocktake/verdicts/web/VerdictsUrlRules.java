package org.stocktake.verdicts.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.stocktake.platform.UrlRules;

/** The decomposition page is data work: it needs a login (the verdicts and the matrix stay public). */
@Configuration(proxyBeanMethods = false)
class VerdictsUrlRules {

    @Bean
    UrlRules verdictsRules() {
        return UrlRules.privateReads("/plan/decomposition", "/plan/decomposition/**");
    }
}
