package org.stocktake;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The Stocktake application: starts the web platform or runs a command (see {@code cli}). */
@SpringBootApplication
@org.springframework.scheduling.annotation.EnableScheduling
public class StocktakeApplication {

    /** The platform's clock; tests replace it to fix the date. */
    @Bean
    Clock clock() {
        return Clock.system(ZoneId.systemDefault());
    }
}
