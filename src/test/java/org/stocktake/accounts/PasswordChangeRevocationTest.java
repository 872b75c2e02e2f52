package org.stocktake.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stocktake.Http;
import org.stocktake.SupervisionTest;
import org.stocktake.shared.InvalidInputException;
import org.stocktake.shared.Problem;

/**
 * A password change ends the user's other sessions and revokes the user's API tokens; the session
 * that made the change stays. New passwords follow the policy, over the form and in the service.
 */
class PasswordChangeRevocationTest extends SupervisionTest {

    @LocalServerPort
    int port;

    @Test
    void changingThePasswordEndsOtherSessionsAndRevokesTokens() {
        Actor user = user("rev", Role.COORDINATOR, null);
        accounts.changePassword(user.username(), PASSWORD, "first-own-password");
        Http laptop = Http.session(port, user.username(), "first-own-password");
        Http phone = Http.session(port, user.username(), "first-own-password");
        String token = accounts.issueToken(user, user.username(), "script");
        assertThat(phone.page("/tasks").statusCode()).isEqualTo(200);
        assertThat(Http.token(port, token).get("/api/v1/me").statusCode()).isEqualTo(200);

        HttpResponse<String> changed = laptop.form(
                "/account/password",
                Map.of("oldPassword", "first-own-password", "newPassword", "second-own-password"),
                "/account/password");
        assertThat(changed.statusCode()).isEqualTo(302);

        assertThat(laptop.page("/tasks").statusCode()).isEqualTo(200);
        HttpResponse<String> stale = phone.page("/tasks");
        assertThat(stale.statusCode()).isEqualTo(302);
        assertThat(stale.headers().firstValue("Location")).get().asString().endsWith("/login?expired");
        assertThat(phone.page("/tasks").headers().firstValue("Location"))
                .get()
                .asString()
                .endsWith("/login");
        assertThat(Http.token(port, token).get("/api/v1/me").statusCode()).isEqualTo(401);
        assertThat(Http.session(port, user.username(), "second-own-password").lastRedirect)
                .endsWith("/supervision");
    }

    @Test
    void aStaleSessionGets401OnTheApi() {
        Actor user = user("api", Role.COORDINATOR, null);
        accounts.changePassword(user.username(), PASSWORD, "first-own-password");
        Http session = Http.session(port, user.username(), "first-own-password");
        assertThat(session.get("/api/v1/me").statusCode()).isEqualTo(200);
        accounts.changePassword(user.username(), "first-own-password", "second-own-password");
        assertThat(session.get("/api/v1/me").statusCode()).isEqualTo(401);
    }

    @Test
    void theFormRefusesACommonPasswordInWords() {
        Actor user = user("form", Role.VIEWER, null);
        Http session = Http.session(port, user.username(), PASSWORD);
        HttpResponse<String> refused = session.form(
                "/account/password", Map.of("oldPassword", PASSWORD, "newPassword", "qwertyuiop"), "/account/password");
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("常见密码");
        assertThat(Http.session(port, user.username(), "qwertyuiop").lastRedirect)
                .endsWith("/login?error");
    }

    @Test
    void theServiceRefusesEveryWeakPassword() {
        Actor user = user("weak", Role.VIEWER, null);
        for (String weak : new String[] {
            "0000000000", "1234567890", "password123", "qwertyuiop", user.username(), "xxxxxxxxxxxxxxxx", "short"
        }) {
            assertThatThrownBy(() -> accounts.changePassword(user.username(), PASSWORD, weak))
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                            .extracting(Problem::where)
                            .contains("new"));
        }
        assertThatThrownBy(() -> accounts.createUser(
                        admin(), new NewUser("weak-initial", "弱密码", null, Role.VIEWER, null, "1234567890")))
                .isInstanceOf(InvalidInputException.class);
    }
}
