package org.stocktake.accounts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The password hashing. (The clock every time-dependent rule reads is the application's; tests replace it.) */
@Configuration(proxyBeanMethods = false)
class AccountsConfiguration {

    /** bcrypt, with the algorithm's id stored in the hash so it can be changed later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
