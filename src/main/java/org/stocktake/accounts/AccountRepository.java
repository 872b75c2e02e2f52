package org.stocktake.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stocktake.shared.LocalizedText;

/** Units, users and tokens in the {@code accounts_*} tables. */
@Repository
class AccountRepository {

    private static final String UPSERT_UNIT = """
            insert into accounts_unit (code, name_zh, name_en, kind, region_code)
            values (:code, :zh, :en, :kind, :region)
            on conflict (code) do update set name_zh = excluded.name_zh, name_en = excluded.name_en,
                kind = excluded.kind, region_code = excluded.region_code
            """;
    private static final String INSERT_USER = """
            insert into accounts_user (username, display_name, email, role, unit_code, password_hash,
                must_change_password, created_at)
            values (:username, :name, :email, :role, :unit, :hash, true, :at)
            """;
    private static final String USER_COLUMNS = """
            select id, username, display_name, email, role, unit_code, password_hash, must_change_password,
                   failed_attempts, locked_until, enabled from accounts_user
            """;
    private static final String TOKEN_USER = """
            select u.username from accounts_token t join accounts_user u on u.id = t.user_id
            where t.token_hash = :hash and t.revoked_at is null and u.enabled
            """;

    /** A stored user with what login needs. */
    record StoredUser(UserView view, String passwordHash, int failedAttempts, Instant lockedUntil) {}

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void upsertUnit(OrgUnit unit) {
        jdbc.sql(UPSERT_UNIT)
                .param("code", unit.code())
                .param("zh", unit.name().zh())
                .param("en", unit.name().en())
                .param("kind", unit.kind())
                .param("region", unit.region())
                .update();
    }

    List<OrgUnit> units() {
        return jdbc.sql("select code, name_zh, name_en, kind, region_code from accounts_unit order by code")
                .query((rs, n) -> new OrgUnit(
                        rs.getString(1),
                        new LocalizedText(rs.getString(2), rs.getString(3)),
                        rs.getString(4),
                        rs.getString(5)))
                .list();
    }

    Optional<OrgUnit> unit(String code) {
        return units().stream().filter(u -> u.code().equals(code)).findFirst();
    }

    void insertUser(NewUser user, String hash, Instant at) {
        jdbc.sql(INSERT_USER)
                .param("username", user.username())
                .param("name", user.displayName())
                .param("email", user.email())
                .param("role", user.role().code())
                .param("unit", user.unit())
                .param("hash", hash)
                .param("at", Timestamp.from(at))
                .update();
    }

    void updateUser(UserEdit edit) {
        jdbc.sql("""
                update accounts_user set display_name = :name, email = :email, role = :role, unit_code = :unit
                where username = :u
                """)
                .param("name", edit.displayName())
                .param("email", edit.email())
                .param("role", edit.role().code())
                .param("unit", edit.unit())
                .param("u", edit.username())
                .update();
    }

    void setEnabled(String username, boolean enabled) {
        jdbc.sql("update accounts_user set enabled = :e, failed_attempts = 0, locked_until = null where username = :u")
                .param("e", enabled)
                .param("u", username)
                .update();
    }

    long userCount() {
        return jdbc.sql("select count(*) from accounts_user").query(Long.class).single();
    }

    Optional<StoredUser> user(String username) {
        return jdbc.sql(USER_COLUMNS + " where username = :u")
                .param("u", username)
                .query(this::stored)
                .optional();
    }

    List<UserView> users(String whereSql, String param) {
        return jdbc.sql(USER_COLUMNS + whereSql + " order by username")
                .param("p", param)
                .query((rs, n) -> stored(rs, n).view())
                .list();
    }

    void setPassword(String username, String hash, boolean mustChange) {
        jdbc.sql("update accounts_user set password_hash = :h, must_change_password = :m where username = :u")
                .param("h", hash)
                .param("m", mustChange)
                .param("u", username)
                .update();
    }

    /**
     * Counts one login attempt unless the account is locked or disabled, in one statement: the row
     * lock makes concurrent attempts wait and see each other's count. An expired lock starts a new
     * count; the {@code max}-th attempt sets the lock. Returns the attempt's number, or empty.
     */
    Optional<Integer> reserveAttempt(String username, Instant now, int max, Instant lockUntil) {
        return jdbc.sql("""
                update accounts_user set
                    failed_attempts = case when locked_until <= :now then 1 else failed_attempts + 1 end,
                    locked_until = case when (case when locked_until <= :now then 1 else failed_attempts + 1 end) >= :max
                                        then cast(:until as timestamptz) end
                where username = :u and enabled and (locked_until is null or locked_until <= :now)
                returning failed_attempts
                """)
                .param("now", Timestamp.from(now))
                .param("max", max)
                .param("until", Timestamp.from(lockUntil))
                .param("u", username)
                .query(Integer.class)
                .optional();
    }

    /** Starts the count again if it still stands at {@code attempt} and no lock is set. */
    void resetAttempts(String username, int attempt) {
        jdbc.sql("""
                update accounts_user set failed_attempts = 0
                where username = :u and failed_attempts = :a and locked_until is null
                """).param("u", username).param("a", attempt).update();
    }

    void insertToken(long userId, String hash, String label, Instant at) {
        jdbc.sql("insert into accounts_token (user_id, token_hash, label, created_at) values (:u, :h, :l, :at)")
                .param("u", userId)
                .param("h", hash)
                .param("l", label)
                .param("at", Timestamp.from(at))
                .update();
    }

    int revokeTokens(String username, Instant at) {
        return jdbc.sql("""
                update accounts_token set revoked_at = :at
                where revoked_at is null and user_id = (select id from accounts_user where username = :u)
                """)
                .param("at", Timestamp.from(at))
                .param("u", username)
                .update();
    }

    Optional<String> tokenUser(String hash) {
        return jdbc.sql(TOKEN_USER).param("hash", hash).query(String.class).optional();
    }

    private StoredUser stored(ResultSet rs, int n) throws SQLException {
        Timestamp locked = rs.getTimestamp("locked_until");
        UserView view = new UserView(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("display_name"),
                rs.getString("email"),
                Role.of(rs.getString("role")),
                rs.getString("unit_code"),
                rs.getBoolean("must_change_password"),
                rs.getBoolean("enabled"));
        return new StoredUser(
                view,
                rs.getString("password_hash"),
                rs.getInt("failed_attempts"),
                locked == null ? null : locked.toInstant());
    }
}
