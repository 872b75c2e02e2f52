package org.stocktake.platform;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * The system Chromium for browser tests. Where it is missing the test is skipped with a message
 * saying how to install it, except in CI ({@code CI=true}), where a missing browser fails.
 */
public final class Chromium {

    public static final Path EXECUTABLE =
            Path.of(System.getenv().getOrDefault("STOCKTAKE_CHROMIUM", "/usr/bin/chromium"));

    /** Screenshots of every page in every width and language, for a human to look at: {@code -Dstocktake.screenshots=true}. */
    public static final boolean SCREENSHOTS = Boolean.getBoolean("stocktake.screenshots");

    private static Playwright playwright;
    private static Browser shared;

    private Chromium() {}

    /**
     * The one headless Chromium of this test run, started on first use and closed when the JVM ends:
     * browser test classes share it instead of each starting their own. Skips or fails where it is missing.
     */
    public static synchronized Browser browser() {
        require();
        if (shared == null) {
            playwright = Playwright.create();
            shared = launch(playwright);
            Runtime.getRuntime().addShutdownHook(new Thread(playwright::close));
        }
        return shared;
    }

    /** Launches headless Chromium with the flags this machine needs; skips or fails where it is missing. */
    static Browser launch(Playwright playwright) {
        return playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(EXECUTABLE)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run")));
    }

    /** Skips the test class (or, in CI, fails it) when Chromium is not installed. */
    public static void require() {
        if (!Files.isExecutable(EXECUTABLE)) {
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError("Chromium is required in CI but missing at " + EXECUTABLE);
            }
            Assumptions.abort("Chromium not found at " + EXECUTABLE + ": apt-get install chromium fonts-noto-cjk");
        }
    }
}
