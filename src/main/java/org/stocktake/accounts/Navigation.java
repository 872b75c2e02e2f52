package org.stocktake.accounts;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.stocktake.shared.LocalizedText;

/**
 * The one home of the rule "which role sees which menu entry, and where each role lands". Each entry
 * names the roles that may use its page, as the services' own permission rules decide (public pages
 * for everyone, anonymous callers included); the layout draws the menu of the caller
 * ({@code ${@navigation.current()}}) and the login sends each role to its landing page. The menu
 * hides what a role cannot use; it grants nothing: URL rules and services still check every request.
 */
@Component("navigation")
public class Navigation {

    private static final Set<Role> SUPERVISION =
            EnumSet.of(Role.COORDINATOR, Role.LIAISON, Role.HEAD, Role.LEADER, Role.VIEWER);
    private static final Set<Role> UNIT = EnumSet.of(Role.LIAISON, Role.HEAD);
    private static final Set<Role> DATA = EnumSet.of(Role.COORDINATOR, Role.LIAISON, Role.HEAD, Role.LEADER);
    private static final Set<Role> HOUSEHOLDS = EnumSet.of(Role.COORDINATOR, Role.VILLAGE, Role.TOWNSHIP, Role.COUNTY);
    private static final Set<Role> ENCLAVES = EnumSet.of(Role.COORDINATOR, Role.LEADER, Role.LIAISON, Role.HEAD);
    private static final Set<Role> ADMIN = EnumSet.of(Role.ADMIN);
    private static final Set<Role> LOGGED_IN = EnumSet.allOf(Role.class);

    /** One link: its message key and address, and who may use it ({@code null}: everyone, anonymous too). */
    public record Entry(String key, String href, Set<Role> roles) {

        boolean shownTo(Role role) {
            return roles == null || (role != null && roles.contains(role));
        }
    }

    /** A heading of the menu (its message key) and its entries. */
    public record Group(String key, List<Entry> entries) {}

    static final List<Group> MENU = List.of(
            new Group(
                    "nav.group.plan",
                    List.of(
                            new Entry("nav.home", "/home", null),
                            new Entry("nav.cockpit", "/cockpit", null),
                            new Entry("nav.plan", "/plan", null),
                            new Entry("nav.targets", "/targets", null),
                            new Entry("nav.matrix", "/matrix", null))),
            new Group(
                    "nav.group.supervision",
                    List.of(
                            new Entry("nav.myUnit", "/my-unit", UNIT),
                            new Entry("nav.tasks", "/tasks", SUPERVISION),
                            new Entry("nav.supervision", "/supervision", SUPERVISION),
                            new Entry("nav.scores", "/scores", SUPERVISION),
                            new Entry("nav.inbox", "/inbox", LOGGED_IN))),
            new Group(
                    "nav.group.data",
                    List.of(
                            new Entry("nav.data", "/data", DATA),
                            new Entry("nav.map", "/map", null),
                            new Entry("nav.rankings", "/rankings", null),
                            new Entry("nav.regions", "/regions", null),
                            new Entry("nav.households", "/households", HOUSEHOLDS))),
            new Group(
                    "nav.group.evaluation",
                    List.of(
                            new Entry("nav.evaluation", "/evaluation", null),
                            new Entry("nav.parks", "/parks", null),
                            new Entry("nav.enclaves", "/enclaves", ENCLAVES),
                            new Entry("nav.reports", "/reports", null))),
            new Group(
                    "nav.group.admin",
                    List.of(new Entry("nav.audit", "/audit", ADMIN), new Entry("nav.admin", "/admin", ADMIN))));

    /** The caller as the header shows them: display name and unit name, never a code. */
    public record Caller(String displayName, LocalizedText unit, Role role) {}

    /** What the layout draws for the caller: the menu groups they may use and who they are ({@code null}: anonymous). */
    public record Menu(List<Group> groups, Caller caller, String landing) {

        public boolean loggedIn() {
            return caller != null;
        }

        /** The caller's unit in the page's language, or null. */
        public String unitName() {
            return caller == null || caller.unit() == null
                    ? null
                    : caller.unit().in(LocaleContextHolder.getLocale());
        }
    }

    private final AccountService accounts;

    Navigation(AccountService accounts) {
        this.accounts = accounts;
    }

    /** The groups of the menu a role sees (role {@code null}: anonymous), empty groups left out. */
    public static List<Group> menu(Role role) {
        return MENU.stream()
                .map(g -> new Group(
                        g.key(),
                        g.entries().stream().filter(e -> e.shownTo(role)).toList()))
                .filter(g -> !g.entries().isEmpty())
                .toList();
    }

    /**
     * Where a role starts after login and at {@code /}: a leader on the cockpit, a liaison or head on
     * the unit's page, a coordinator on the supervision queue, an administrator on administration, the
     * 防返贫 roles on monitoring, a viewer on the task board; anonymous callers on the public home.
     */
    public static String landing(Role role) {
        if (role == null) {
            return "/";
        }
        return switch (role) {
            case LEADER -> "/cockpit";
            case LIAISON, HEAD -> "/my-unit";
            case COORDINATOR -> "/supervision";
            case ADMIN -> "/admin";
            case VILLAGE, TOWNSHIP, COUNTY -> "/households";
            case VIEWER -> "/tasks";
        };
    }

    /** The menu of whoever is logged in on this request (session or token), or the anonymous one. */
    public Menu current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return new Menu(menu(null), null, landing(null));
        }
        return accounts.user(auth.getName())
                .map(u -> new Menu(
                        menu(u.role()),
                        new Caller(
                                u.displayName(),
                                u.unit() == null
                                        ? null
                                        : accounts.unit(u.unit())
                                                .map(OrgUnit::name)
                                                .orElse(null),
                                u.role()),
                        landing(u.role())))
                .orElseGet(() -> new Menu(menu(null), null, landing(null)));
    }

    /**
     * The menu of whoever is logged in on this request without asking the database: the role the
     * session carries, the login name for the name. For the page that says the platform is busy
     * (no database connection to spare), which must still be drawn in full.
     */
    public Menu withoutDatabase() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return new Menu(menu(null), null, landing(null));
        }
        Role role = EnumSet.allOf(Role.class).stream()
                .filter(r ->
                        auth.getAuthorities().stream().anyMatch(a -> ("ROLE_" + r.name()).equals(a.getAuthority())))
                .findFirst()
                .orElse(null);
        return role == null
                ? new Menu(menu(null), null, landing(null))
                : new Menu(menu(role), new Caller(auth.getName(), null, role), landing(role));
    }

    /** The landing page of a user by name (the public home for an unknown name). */
    public String landingOf(String username) {
        return landing(accounts.user(username).map(UserView::role).orElse(null));
    }
}
