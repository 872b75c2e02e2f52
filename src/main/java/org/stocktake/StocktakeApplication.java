package org.stocktake;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Stocktake application: starts the web platform or runs a command (see {@code cli}). */
@SpringBootApplication
public class StocktakeApplication {
}
