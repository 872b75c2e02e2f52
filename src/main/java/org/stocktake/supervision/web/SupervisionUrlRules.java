package org.stocktake.supervision.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.stocktake.platform.UrlRules;

/** Tasks, their attachments, scores and the supervision list are for people with a login. */
@Configuration(proxyBeanMethods = false)
class SupervisionUrlRules {

    @Bean
    UrlRules supervisionRules() {
        return UrlRules.privateReads(
                "/tasks/**",
                "/my-unit/**",
                "/supervision/**",
                "/scores/**",
                "/tasks.xlsx",
                "/attachments/**",
                "/api/v1/tasks/**",
                "/api/v1/scores/**",
                "/api/v1/attachments/**");
    }
}
