package org.stocktake.accounts;

import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * On a first start (no user at all) creates the administrator {@code admin}. Its password comes from
 * {@code stocktake.admin.initial-password} or is generated and written to the log once; either way it
 * must be changed at the first login.
 */
@Component
class FirstAdministrator implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final AccountService accounts;
    private final String initialPassword;

    FirstAdministrator(AccountService accounts, @Value("${stocktake.admin.initial-password:}") String initialPassword) {
        this.accounts = accounts;
        this.initialPassword = initialPassword;
    }

    @Override
    public void afterSingletonsInstantiated() {
        boolean generated = initialPassword.isBlank();
        String password = generated ? generate() : initialPassword;
        if (accounts.ensureFirstAdministrator("admin", password)) {
            log.warn(
                    "已创建首个管理员 admin，首次登录须修改密码 / created the first administrator 'admin'; "
                            + "the password must be changed at the first login{}",
                    generated
                            ? ". 初始密码 / initial password: " + password
                            : " (password from stocktake.admin.initial-password)");
        }
    }

    private static String generate() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
