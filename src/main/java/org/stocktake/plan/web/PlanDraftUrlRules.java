package org.stocktake.plan.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.stocktake.platform.UrlRules;

/**
 * The draft page replaces or adds a whole plan: only the coordinating office and administrators
 * open it. (The plan module has no caller to check in its door; importing a plan file from the
 * command line is the machine owner's act.)
 */
@Configuration(proxyBeanMethods = false)
class PlanDraftUrlRules {

    @Bean
    UrlRules planDraftRules() {
        return rules -> rules.requestMatchers("/plan/draft", "/plan/draft/**").hasAnyRole("COORDINATOR", "ADMIN");
    }
}
