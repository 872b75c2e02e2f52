package org.stocktake.platform;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person must never meet on a page, checked on an open Playwright page: a page wider than
 * the screen, an ISO timestamp or date, an internal id, an unresolved message key, a code in
 * snake_case, a badge or light whose text fails WCAG AA contrast, on a Chinese page a status, role
 * or kind left as its English code, and on an English page a Chinese name where the data has an
 * English one. Text a page cites verbatim ({@code <cite>}: a source as recorded) is not the page's
 * own words and is not scanned; text marked Chinese ({@code lang="zh-CN"}: a quote of the plan's own
 * words) may hold Chinese names on an English page. Also logs in and saves the screenshots of the
 * role-day walkthroughs in {@code docs/screens}.
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
        return problems(page, List.of());
    }

    /**
     * As {@link #problems(Page)}, and on an English page also each Chinese name of {@code names}
     * (units, regions, tasks… that have an English name) shown as the whole text of an element.
     */
    public static List<String> problems(Page page, Collection<String> names) {
        List<String> found = new ArrayList<>();
        String where = page.url().replaceFirst("^https?://[^/]+", "");
        Map<?, ?> seen = (Map<?, ?>) page.evaluate(LOOK, List.copyOf(names));
        if (seen.get("wide") != null) {
            found.add(where + ": wider than the screen: " + seen.get("wide"));
        }
        String text = String.valueOf(seen.get("text"));
        boolean chinese = !"en".equals(seen.get("lang"));
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
        for (Object column : (List<?>) page.evaluate(COLUMNS)) {
            found.add(where + ": a table's heading stands apart from its column on a wide screen: " + column);
        }
        for (Object low : (List<?>) seen.get("low")) {
            found.add(where + ": contrast below WCAG AA (4.5:1): " + low);
        }
        if (chinese) {
            Matcher word = WORD.matcher(text);
            while (word.find()) {
                if (CODES.contains(word.group())) {
                    found.add(where + ": English code on a Chinese page: " + word.group() + " in \""
                            + text.substring(Math.max(0, word.start() - 20), Math.min(text.length(), word.end() + 20))
                                    .replace('\n', ' ')
                            + "\"");
                }
            }
        } else {
            for (Object name : (List<?>) seen.get("names")) {
                found.add(where + ": Chinese name on an English page: " + name);
            }
        }
        return found;
    }

    /**
     * On a screen wider than a phone's, a table keeps its columns: each heading starts where the
     * cells of its column start (a table turned into cards, or laid out as a grid, breaks this).
     */
    private static final String COLUMNS = """
            () => {
              if (window.innerWidth <= 760) return [];
              const out = [];
              document.querySelectorAll('main table').forEach(t => {
                if (!t.tHead || t.tHead.rows.length !== 1 || !t.tBodies.length) return;
                const heads = [...t.tHead.rows[0].cells], row = t.tBodies[0].rows[0];
                if (!row || row.cells.length !== heads.length) return;
                if (heads.some(c => c.colSpan !== 1) || [...row.cells].some(c => c.colSpan !== 1)) return;
                for (let i = 0; i < heads.length; i++) {
                  const a = heads[i].getBoundingClientRect(), b = row.cells[i].getBoundingClientRect();
                  if (a.width === 0 || b.width === 0) continue;
                  if (Math.abs(a.left - b.left) > 2) { out.push((t.id ? '#' + t.id : 'table') + ', column ' + (i + 1)); return; }
                }
              });
              return out;
            }""";

    /**
     * One look at the page: how much wider than the screen it is and the first element that sticks
     * out; its text and language; badges, lights and status marks whose text does not meet WCAG AA
     * contrast (4.5:1) against the background they are drawn on (the first opaque background up
     * the tree, white at the top); and which of the given names is the whole text of an element.
     */
    private static final String LOOK = """
            names => {
              const w = window.innerWidth;
              let wide = null;
              if (document.documentElement.scrollWidth > w) {
                const clipped = x => { for (let p = x.parentElement; p && p !== document.body; p = p.parentElement) {
                  if (getComputedStyle(p).overflowX !== 'visible') return true; } return false; };
                const e = [...document.querySelectorAll('body *')].find(x => x.getBoundingClientRect().right > w + 1 && !clipped(x));
                wide = document.documentElement.scrollWidth + ' px > ' + w + ' px'
                  + (e ? ' (' + e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.classList.length ? '.' + [...e.classList].join('.') : '') + ')' : '');
              }
              const rgba = s => { const m = s.match(/rgba?\\(([^)]+)\\)/); if (!m) return [0, 0, 0, 0];
                const p = m[1].split(/[ ,\\/]+/).filter(x => x).map(Number); return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1]; };
              const over = (top, under) => { const a = top[3]; return [0, 1, 2].map(i => top[i] * a + under[i] * (1 - a)).concat([1]); };
              const background = e => { const layers = [];
                for (let x = e; x && x.nodeType === 1; x = x.parentElement) { const c = rgba(getComputedStyle(x).backgroundColor);
                  if (c[3] > 0) { layers.push(c); if (c[3] >= 1) break; } }
                let c = [255, 255, 255, 1]; for (let i = layers.length - 1; i >= 0; i--) c = over(layers[i], c); return c; };
              const lum = c => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
                return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]); };
              const hex = c => '#' + c.slice(0, 3).map(v => Math.round(v).toString(16).padStart(2, '0')).join('');
              const low = new Set();
              for (const e of document.querySelectorAll('.badge, .light, .status, [class*="light-"], [class*="status-"]')) {
                const text = (e.innerText || '').trim();
                if (!text || e.getClientRects().length === 0) continue;
                const bg = background(e); const fg = over(rgba(getComputedStyle(e).color), bg);
                const a = lum(fg), b = lum(bg); const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
                if (ratio < 4.5) low.add(e.tagName.toLowerCase() + '.' + [...e.classList].join('.') + ' "' + text.slice(0, 30) + '" '
                  + hex(fg) + ' on ' + hex(bg) + ' = ' + ratio.toFixed(2) + ':1');
              }
              const wanted = new Set(names); const shown = new Set();
              if (wanted.size > 0) {
                for (const e of document.querySelectorAll('body *')) {
                  if (e.children.length > 0 && e.tagName !== 'OPTION') continue;
                  const marked = e.closest('[lang]');
                  if (e.closest('cite') || (marked && marked !== document.documentElement && marked.lang.startsWith('zh'))) continue;
                  const t = (e.textContent || '').trim(); if (wanted.has(t)) shown.add(t);
                }
              }
              let text = document.body.innerText;
              for (const c of document.querySelectorAll('cite')) { const t = c.innerText; if (t) text = text.replace(t, ' '); }
              return { wide: wide, text: text, lang: document.documentElement.lang,
                       low: [...low], names: [...shown] };
            }
            """;

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
