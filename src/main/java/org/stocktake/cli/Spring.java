package org.stocktake.cli;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.stocktake.StocktakeApplication;

/** Starts the application context for commands that need the database. */
final class Spring {

    private Spring() {
    }

    static ConfigurableApplicationContext start(boolean web, String... properties) {
        SpringApplication app = new SpringApplication(StocktakeApplication.class);
        app.setWebApplicationType(web ? WebApplicationType.SERVLET : WebApplicationType.NONE);
        if (!web) {
            app.setBannerMode(org.springframework.boot.Banner.Mode.OFF);
            app.setLogStartupInfo(false);
        }
        if (!web) {
            java.util.Properties quiet = new java.util.Properties();
            quiet.setProperty("logging.level.root", "WARN");
            quiet.setProperty("logging.level.org.stocktake", "WARN");
            quiet.setProperty("logging.threshold.console", "OFF");
            app.setDefaultProperties(quiet);
        }
        return app.run(properties);
    }
}
