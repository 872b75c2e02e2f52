package org.stocktake.platform;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person must never meet on a page, checked on an open Playwright page: a page wider than
 * the screen, an ISO timestamp or date, an internal id, an unresolved message key, a code in
 * snake_case, and on a Chinese page a status, role or kind left as its English code. Also logs in
 * and saves the screenshots of the role-day walkthroughs in {@code docs/screens}.
 */
public final class PageChecks {

    private static final Pattern ISO_TIME = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}([T ]\\d{2}:\\d{2}[^\\s]*)?\\b");
    private static final Pattern UNIT_ID = Pattern.compile("\\bU-[A-Z]+(-[A-Z0-9]+)+\\b|\\b[a-z]+-\\d+\\b");
    private static final Pattern UNRESOLVED = Pattern.compile("\\?\\?[^?\\s]+\\?\\?");
    private static final Pattern KEY = Pattern.compile("\\b[a-z]+(\\.[a-zA-Z_]+){2,}\\b");
    private static final Pattern SNAKE = Pattern.compile("\\b[a-z]+(_[a-z]+)+\\b");
    private static final Pattern WORD = Pattern.compile("\\b[a-z]{3,}\\b");
    private static final Set<String> TOP_LEVEL =
            Set.of("cn", "com", "org", "net", "gov", "html", "pdf", "xlsx", "docx");

    /** English codes of statuses, roles, kinds and lights: on a Chinese page they are codes left untranslated. */
    private static final Set<String> CODES = Set.of(
            "approved",
            "submitted",
            "accepted",
            "returned",
            "consolidated",
            "unassigned",
            "claimed",
            "closed",
            "pending",
            "rejected",
            "draft",
            "published",
            "coordinator",
            "liaison",
            "head",
            "leader",
            "viewer",
            "admin",
            "village",
            "township",
            "county",
            "prefecture",
            "department",
            "office",
            "qualitative",
            "quantitative",
            "green",
            "yellow",
            "red",
            "blue",
            "weekly",
            "monthly",
            "quarterly",
            "yearly",
            "open",
            "done",
            "overdue",
            "late",
            "true",
            "false",
            "null",
            "undefined");

    private PageChecks() {}

    /** Everything wrong with the page as it stands; empty when a person could read it on this screen. */
    public static List<String> problems(Page page) {
        List<String> found = new ArrayList<>();
        String where = page.url().replaceFirst("^https?://[^/]+", "");
        Object wide = page.evaluate(
                "() => { const w = window.innerWidth;"
                        + " if (document.documentElement.scrollWidth <= w) return null;"
                        + " const e = [...document.querySelectorAll('body *')].find(x => x.getBoundingClientRect().right > w + 1);"
                        + " return document.documentElement.scrollWidth + ' px > ' + w + ' px'"
                        + " + (e ? ' (' + e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : '') + ')' : ''); }");
        if (wide != null) {
            found.add(where + ": wider than the screen: " + wide);
        }
        String text = page.locator("body").innerText();
        boolean chinese = !"en".equals(page.locator("html").getAttribute("lang"));
        add(found, where, "ISO date or time", ISO_TIME.matcher(text));
        add(found, where, "internal id", UNIT_ID.matcher(text));
        add(found, where, "unresolved message key", UNRESOLVED.matcher(text));
        Matcher key = KEY.matcher(text);
        while (key.find()) {
            String k = key.group();
            if (!TOP_LEVEL.contains(k.substring(k.lastIndexOf('.') + 1))) {
                found.add(where + ": message key: " + k);
            }
        }
        add(found, where, "code", SNAKE.matcher(text));
        if (chinese) {
            Matcher word = WORD.matcher(text);
            while (word.find()) {
                if (CODES.contains(word.group())) {
                    found.add(where + ": English code on a Chinese page: " + word.group());
                }
            }
        }
        return found;
    }

    private static void add(List<String> found, String where, String what, Matcher m) {
        while (m.find()) {
            found.add(where + ": " + what + ": " + m.group());
        }
    }

    /**
     * Logs in through the login form; where the platform asks for a new password first, sets
     * {@code password + "-new"}. Returns the password that is valid afterwards.
     */
    public static String login(Page page, String base, String username, String password) {
        page.navigate(base + "/login");
        page.fill("#username", username);
        page.fill("#password", password);
        page.click("#login-submit");
        page.waitForLoadState();
        if (!page.url().contains("/account/password")) {
            return password;
        }
        String changed = password + "-new";
        page.fill("input[name=oldPassword]", password);
        page.fill("input[name=newPassword]", changed);
        page.click("#password-submit");
        page.waitForLoadState();
        return changed;
    }

    /** Saves the visible page as {@code docs/screens/NAME.png} when run with {@code -Dstocktake.screens=true}. */
    public static void shot(Page page, String name) {
        if (Boolean.getBoolean("stocktake.screens")) {
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("docs/screens", name + ".png")));
        }
    }
}
