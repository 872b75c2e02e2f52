package org.stocktake.notifications.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.stocktake.platform.UrlRules;

/** The inbox is its owner's. */
@Configuration(proxyBeanMethods = false)
class NotificationsUrlRules {

    @Bean
    UrlRules notificationsRules() {
        return UrlRules.privateReads("/inbox/**", "/api/v1/inbox/**");
    }
}
