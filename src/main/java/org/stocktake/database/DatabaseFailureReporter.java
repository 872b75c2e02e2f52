package org.stocktake.database;

import org.springframework.boot.SpringBootExceptionReporter;

/**
 * Keeps a start that failed for want of a database from logging a stack trace: the command line
 * prints the one-line explanation of {@link DatabaseUnavailableException#explain} instead.
 */
final class DatabaseFailureReporter implements SpringBootExceptionReporter {

    @Override
    public boolean reportException(Throwable failure) {
        return DatabaseUnavailableException.explain(failure).isPresent();
    }
}
