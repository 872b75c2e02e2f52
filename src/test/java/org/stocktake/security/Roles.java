package org.stocktake.security;

import java.util.EnumMap;
import java.util.Map;
import org.stocktake.SupervisionTest;
import org.stocktake.accounts.AccountService;
import org.stocktake.accounts.Actor;
import org.stocktake.accounts.Role;

/** One user of every role (the unit-bound ones in a Changsha unit), each with an API token and a page session. */
final class Roles {

    final String unit;
    final Map<Role, Actor> actors = new EnumMap<>(Role.class);
    final Map<Role, Client> api = new EnumMap<>(Role.class);
    final Map<Role, Client> pages = new EnumMap<>(Role.class);

    Roles(SupervisionTestAccess test, AccountService accounts, int port) {
        unit = test.newUnit("sec-cs", "prefecture", "430100");
        for (Role role : Role.values()) {
            Actor actor = test.newUser("sec-" + role.code(), role, role.unitBound() ? unit : null);
            actors.put(role, actor);
            accounts.changePassword(actor.username(), SupervisionTest.PASSWORD, SupervisionTest.PASSWORD + "!");
            api.put(
                    role,
                    Client.token(port, accounts.issueToken(accounts.actorOf("admin"), actor.username(), "security")));
            pages.put(role, Client.session(port, actor.username(), SupervisionTest.PASSWORD + "!"));
        }
    }

    /** The protected helpers of {@link SupervisionTest}, handed to this fixture. */
    interface SupervisionTestAccess {
        String newUnit(String prefix, String kind, String region);

        Actor newUser(String prefix, Role role, String unit);
    }
}
