package org.stocktake.accounts;

import java.util.List;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The form login's password check. Before a password is verified the attempt is reserved in the
 * database ({@link AccountService#reserveLoginAttempt}); a locked account is refused without
 * looking at the password, so parallel guesses cannot run past the limit and the right password
 * is refused while the lock lasts. An unknown or disabled user costs the same hashing time and
 * gets the same answer as a wrong password.
 */
@Component
class LoginAttempts implements AuthenticationProvider {

    private final AccountService accounts;
    private final PasswordEncoder encoder;
    private final String unknownUserHash;

    LoginAttempts(AccountService accounts, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.unknownUserHash = encoder.encode("no such user: a password nobody has");
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String password = authentication.getCredentials() == null
                ? ""
                : authentication.getCredentials().toString();
        var user = accounts.stored(username).filter(u -> u.view().enabled());
        if (user.isEmpty()) {
            encoder.matches(password, unknownUserHash);
            throw new BadCredentialsException("bad credentials");
        }
        int attempt = accounts.reserveLoginAttempt(username).orElseThrow(() -> new LockedException("locked"));
        if (!encoder.matches(password, user.get().passwordHash())) {
            accounts.loginFailed(username, attempt);
            throw new BadCredentialsException("bad credentials");
        }
        accounts.loginSucceeded(username, attempt);
        return UsernamePasswordAuthenticationToken.authenticated(
                username,
                null,
                List.of(new SimpleGrantedAuthority(
                        "ROLE_" + user.get().view().role().name())));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
