package org.stocktake.cli;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.stocktake.StocktakeApplication;
import org.stocktake.database.DatabaseUnavailableException;

/**
 * Starts the application context for commands that need the database. The server and the
 * commands that write hold the data directory alone ({@link #startWriter}); a command that only
 * reads may use the database of a server running on the same data directory.
 */
final class Spring {

    private Spring() {}

    /** A server, or a command that only reads. */
    static ConfigurableApplicationContext start(boolean web, String... properties) {
        return run(web, web, properties);
    }

    /** A command that writes: refused while a server or another writer holds the data directory. */
    static ConfigurableApplicationContext startWriter(String... properties) {
        return run(false, true, properties);
    }

    private static ConfigurableApplicationContext run(boolean web, boolean exclusive, String... properties) {
        SpringApplication app = new SpringApplication(StocktakeApplication.class);
        app.setWebApplicationType(web ? WebApplicationType.SERVLET : WebApplicationType.NONE);
        java.util.Properties defaults = new java.util.Properties();
        defaults.setProperty("stocktake.embedded-db.exclusive", Boolean.toString(exclusive));
        // events whose listeners had not finished when a process stopped (a crash, a kill) are
        // delivered again by the next process that holds the data directory alone, never by a
        // reader that shares it with a running server (which delivers its own)
        defaults.setProperty("stocktake.events.resubmit-on-start", Boolean.toString(exclusive));
        // a failed start is reported once, by the handler of the command line or by Spring Boot
        defaults.setProperty("logging.level.org.springframework.boot.web.server.servlet.context", "ERROR");
        if (!web) {
            app.setBannerMode(org.springframework.boot.Banner.Mode.OFF);
            app.setLogStartupInfo(false);
            defaults.setProperty("logging.level.root", "WARN");
            defaults.setProperty("logging.level.org.stocktake", "WARN");
            defaults.setProperty("logging.threshold.console", "OFF");
        }
        app.setDefaultProperties(defaults);
        try {
            return app.run(properties);
        } catch (RuntimeException e) {
            throw DatabaseUnavailableException.explain(e)
                    .<RuntimeException>map(DatabaseUnavailableException::new)
                    .orElse(e);
        }
    }
}
