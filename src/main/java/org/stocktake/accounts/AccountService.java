package org.stocktake.accounts;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stocktake.regions.RegionService;
import org.stocktake.shared.InvalidInputException;
import org.stocktake.shared.Messages;
import org.stocktake.shared.Problem;

/**
 * Users, units, passwords and tokens. Only an administrator creates users and units; everyone
 * may change their own password; failed logins lock an account for a while.
 */
@Service
public class AccountService {

    private final AccountRepository repository;
    private final AuditService audit;
    private final RegionService regions;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockout;
    private final SecureRandom random = new SecureRandom();

    AccountService(
            AccountRepository repository,
            AuditService audit,
            RegionService regions,
            PasswordEncoder encoder,
            Clock clock,
            @Value("${stocktake.accounts.max-failures:5}") int maxFailures,
            @Value("${stocktake.accounts.lockout:15m}") Duration lockout) {
        this.repository = repository;
        this.audit = audit;
        this.regions = regions;
        this.encoder = encoder;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockout = lockout;
    }

    @Transactional
    public void saveUnit(Actor actor, OrgUnit unit) {
        requireAdmin(actor, "refused.manage-units");
        List<Problem> problems = UserChecks.unit("unit " + unit.code(), unit, this::regionKnown);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("unit", problems);
        }
        Optional<OrgUnit> before = repository.unit(unit.code());
        repository.upsertUnit(unit);
        audit.record(actor, "unit", unit.code(), before.isPresent() ? "update" : "create", before.orElse(null), unit);
    }

    /** Whether a region code is one of the known regions (the divisions loaded into the regions module). */
    public boolean regionKnown(String code) {
        return regions.find(code).isPresent();
    }

    /**
     * Adds the units a plan names that are not known yet (used when a plan is imported); existing
     * units are left as an administrator set them. A plan's unit takes the region the plan names (the plan
     * import checked it), so only an administrator's unit is checked against the known regions. Returns how
     * many were added.
     */
    @Transactional
    public int adoptUnits(List<OrgUnit> units) {
        int added = 0;
        for (OrgUnit unit : units) {
            if (!unitExists(unit.code())
                    && UserChecks.unit(unit.code(), unit, region -> true).isEmpty()) {
                repository.upsertUnit(unit);
                audit.record(Actor.system("seed"), "unit", unit.code(), "create", null, unit);
                added++;
            }
        }
        return added;
    }

    @Transactional
    public UserView createUser(Actor actor, NewUser user) {
        requireAdmin(actor, "refused.create-users");
        List<Problem> problems = UserChecks.user("user " + user.username(), user, this::unitExists, this::userExists);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("user", problems);
        }
        return insert(actor, user);
    }

    /** Imports units and users from a workbook (sheets 单位 and 用户), all or nothing. */
    @Transactional
    public int importWorkbook(Actor actor, String source, java.io.InputStream xlsx) {
        requireAdmin(actor, "refused.import-users");
        UserWorkbook.Contents contents =
                UserWorkbook.read(source, xlsx, this::unitExists, this::userExists, this::regionKnown);
        contents.units().forEach(u -> saveUnit(actor, u));
        contents.users().forEach(u -> insert(actor, u));
        return contents.units().size() + contents.users().size();
    }

    private UserView insert(Actor actor, NewUser user) {
        repository.insertUser(user, encoder.encode(user.password()), clock.instant());
        UserView view = user(user.username()).orElseThrow();
        audit.record(actor, "user", user.username(), "create", null, view);
        return view;
    }

    /**
     * An administrator changes a user's name, e-mail, role or unit. The change holds from the user's
     * next request (every request reads the role and unit afresh). An administrator keeps their own role.
     */
    @Transactional
    public UserView updateUser(Actor actor, UserEdit edit) {
        requireAdmin(actor, "refused.administer-users");
        UserView before = existing(edit.username());
        String where = "user " + edit.username();
        List<Problem> problems = new ArrayList<>(UserChecks.edit(where, edit, this::unitExists));
        if (actor.username().equals(edit.username()) && edit.role() != before.role()) {
            problems.add(Problem.of(where, "accounts.user.own-role"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("user", problems);
        }
        repository.updateUser(edit);
        UserView after = existing(edit.username());
        audit.record(actor, "user", edit.username(), "update", before, after);
        return after;
    }

    /**
     * An administrator disables a user (who can then neither log in nor use a token, and whose
     * sessions end at their next request) or enables them again. Not oneself.
     */
    @Transactional
    public UserView setEnabled(Actor actor, String username, boolean enabled) {
        requireAdmin(actor, "refused.administer-users");
        UserView before = existing(username);
        if (actor.username().equals(username) && !enabled) {
            throw new InvalidInputException(
                    "user", List.of(Problem.of("user " + username, "accounts.user.disable-self")));
        }
        repository.setEnabled(username, enabled);
        int revoked = enabled ? 0 : repository.revokeTokens(username, clock.instant());
        UserView after = existing(username);
        audit.record(actor, "user", username, enabled ? "enable" : "disable", before, after);
        if (revoked > 0) {
            audit.record(actor, "token", username, "revoke", null, revoked);
        }
        return after;
    }

    /**
     * An administrator resets a user's password to a new temporary one, returned once (never stored
     * in clear, never audited) and to be changed at the next login; the user's tokens are revoked and
     * sessions end (the credential stamp changes).
     */
    @Transactional
    public String resetPassword(Actor actor, String username) {
        requireAdmin(actor, "refused.administer-users");
        existing(username);
        if (actor.username().equals(username)) {
            throw new InvalidInputException(
                    "user", List.of(Problem.of("user " + username, "accounts.user.reset-self")));
        }
        String temporary = PasswordPolicy.temporary(username, random);
        repository.setPassword(username, encoder.encode(temporary), true);
        int revoked = repository.revokeTokens(username, clock.instant());
        audit.record(actor, "user", username, "reset-password", null, java.util.Map.of("tokensRevoked", revoked));
        return temporary;
    }

    private UserView existing(String username) {
        return user(username)
                .orElseThrow(() -> new InvalidInputException(
                        "user", List.of(Problem.of("username", "accounts.no-user", username))));
    }

    /** Creates the first administrator when there is no user at all; true if it did. */
    @Transactional
    public boolean ensureFirstAdministrator(String username, String password) {
        if (repository.userCount() > 0) {
            return false;
        }
        repository.insertUser(
                new NewUser(username, Messages.zh("accounts.first-admin.name"), null, Role.ADMIN, null, password),
                encoder.encode(password),
                clock.instant());
        audit.record(
                Actor.system("seed"),
                "user",
                username,
                "create",
                null,
                user(username).orElseThrow());
        return true;
    }

    /**
     * Changes one's own password; the old one must be right and the new one must pass the
     * {@link PasswordPolicy} and differ from the old. In the same transaction every API token of the
     * user is revoked; every other session of the user ends at its next request (its credential stamp
     * no longer matches, see {@link SessionGuard}).
     */
    @Transactional
    public void changePassword(String username, String oldPassword, String newPassword) {
        AccountRepository.StoredUser stored = repository.user(username).orElseThrow();
        List<Problem> problems = new ArrayList<>();
        if (oldPassword == null || !encoder.matches(oldPassword, stored.passwordHash())) {
            problems.add(Problem.of("old", "accounts.password.old-wrong"));
        }
        List<Problem> policy = PasswordPolicy.problems("new", username, newPassword);
        if (!policy.isEmpty()) {
            problems.addAll(policy);
        } else if (newPassword.equals(oldPassword)) {
            problems.add(Problem.of("new", "accounts.password.unchanged"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("password", problems);
        }
        repository.setPassword(username, encoder.encode(newPassword), false);
        int revoked = repository.revokeTokens(username, clock.instant());
        audit.record(
                actorOf(username),
                "user",
                username,
                "change-password",
                null,
                java.util.Map.of("tokensRevoked", revoked));
    }

    /**
     * Reserves one password check for a login before the password is verified, atomically (the
     * update's row lock serialises concurrent logins): counts the attempt and, at the
     * {@code max-failures}-th attempt since the last success, locks the account for the lockout
     * period. Empty when the account is locked or disabled, so that at most {@code max-failures}
     * passwords are ever checked, however many logins run at once. An expired lock starts a new count.
     */
    Optional<Integer> reserveLoginAttempt(String username) {
        Instant now = clock.instant();
        return repository.reserveAttempt(username, now, maxFailures, now.plus(lockout));
    }

    /** After a wrong password in the attempt {@code attempt}: records the lock the attempt set, if it did. */
    void loginFailed(String username, int attempt) {
        if (attempt >= maxFailures) {
            audit.record(
                    Actor.system("login-guard"),
                    "user",
                    username,
                    "lock",
                    null,
                    clock.instant().plus(lockout).toString());
        }
    }

    /**
     * After a right password in the attempt {@code attempt}: the count starts again, unless other
     * attempts were counted meanwhile (they still count) or this attempt was the last one allowed
     * (the lock it set stands for everyone else; this login goes through).
     */
    void loginSucceeded(String username, int attempt) {
        repository.resetAttempts(username, attempt);
    }

    /**
     * A value that changes whenever the user's password changes (a digest of the stored hash, which
     * has a fresh salt each time); a session remembers the value it logged in with.
     */
    Optional<String> credentialStamp(String username) {
        return repository.user(username).flatMap(AccountService::credentialStamp);
    }

    /** The credential stamp of a stored user; empty for a disabled one. */
    static Optional<String> credentialStamp(AccountRepository.StoredUser user) {
        return user.view().enabled() ? Optional.of(sha256(user.passwordHash())) : Optional.empty();
    }

    /** Issues an API token for a user (an administrator, or the user for themself); shown once. */
    @Transactional
    public String issueToken(Actor actor, String username, String label) {
        if (!actor.is(Role.ADMIN) && !actor.username().equals(username)) {
            throw new NotPermittedException(actor, "refused.tokens-for-others");
        }
        UserView user = user(username)
                .orElseThrow(() -> new InvalidInputException(
                        "token", List.of(Problem.of("username", "accounts.no-user", username))));
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = "stk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        repository.insertToken(user.id(), sha256(token), label, clock.instant());
        audit.record(actor, "token", username, "issue", null, label);
        return token;
    }

    /** Revokes every token of a user (an administrator, or the user for themself); returns how many. */
    @Transactional
    public int revokeTokens(Actor actor, String username) {
        if (!actor.is(Role.ADMIN) && !actor.username().equals(username)) {
            throw new NotPermittedException(actor, "refused.revoke-tokens");
        }
        int revoked = repository.revokeTokens(username, clock.instant());
        audit.record(actor, "token", username, "revoke", null, revoked);
        return revoked;
    }

    /** The actor a bearer token stands for, if the token is valid. */
    public Optional<Actor> actorForToken(String token) {
        return repository.tokenUser(sha256(token)).map(this::actorOf);
    }

    /** The actor for a username; fails for an unknown user. */
    public Actor actorOf(String username) {
        UserView user = user(username).orElseThrow(() -> new IllegalArgumentException("no user " + username));
        String region = user.unit() == null
                ? null
                : repository.unit(user.unit()).map(OrgUnit::region).orElse(null);
        return new Actor(user.username(), user.role(), user.unit(), region);
    }

    public Optional<UserView> user(String username) {
        return repository.user(username).map(AccountRepository.StoredUser::view);
    }

    Optional<AccountRepository.StoredUser> stored(String username) {
        return repository.user(username);
    }

    /** Every user, for the administration page: administrators only. */
    public List<UserView> users(Actor actor) {
        requireAdmin(actor, "refused.administer-users");
        return users();
    }

    public List<UserView> users() {
        return repository.users("", null);
    }

    public List<UserView> usersOfUnit(String unit) {
        return repository.users(" where unit_code = :p and enabled", unit);
    }

    public List<UserView> usersWithRole(Role role) {
        return repository.users(" where role = :p and enabled", role.code());
    }

    public List<OrgUnit> units() {
        return repository.units();
    }

    public Optional<OrgUnit> unit(String code) {
        return repository.unit(code);
    }

    private boolean unitExists(String code) {
        return repository.unit(code).isPresent();
    }

    private boolean userExists(String username) {
        return repository.user(username).isPresent();
    }

    private static void requireAdmin(Actor actor, String whatKey) {
        if (!actor.is(Role.ADMIN)) {
            throw new NotPermittedException(actor, whatKey);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
