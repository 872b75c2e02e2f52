package org.stocktake.accounts;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Users as Spring Security sees them at login: hash, role, enabled, locked after failures. */
@Component
class LoginUsers implements UserDetailsService {

    private final AccountService accounts;

    LoginUsers(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        AccountRepository.StoredUser user = accounts.stored(username)
                .orElseThrow(() -> new UsernameNotFoundException(username));
        return User.withUsername(username).password(user.passwordHash()).roles(user.view().role().name())
                .disabled(!user.view().enabled()).accountLocked(accounts.locked(user)).build();
    }
}
