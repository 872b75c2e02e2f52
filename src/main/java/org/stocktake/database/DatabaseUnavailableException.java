package org.stocktake.database;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Optional;
import org.stocktake.shared.Messages;

/**
 * The database cannot be used: it cannot be reached, refuses the login, or its data directory is
 * held by another Stocktake process. The message is one bilingual line meant for the operator.
 */
public final class DatabaseUnavailableException extends RuntimeException {

    public DatabaseUnavailableException(String message) {
        super(message);
    }

    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * The one-line explanation of a start-up failure caused by the database, if it was: this
     * exception anywhere in the chain, or a connection failure of the JDBC driver.
     */
    public static Optional<String> explain(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DatabaseUnavailableException d) {
                return Optional.of(d.getMessage());
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08")) {
                    return Optional.of(Messages.both("database.unreachable") + ": " + firstLine(sql.getMessage()));
                }
                if (state.equals("28P01") || state.equals("28000")) {
                    return Optional.of(Messages.both("database.login-refused") + ": " + firstLine(sql.getMessage()));
                }
                if (state.equals("3D000")) {
                    return Optional.of(Messages.both("database.missing") + ": " + firstLine(sql.getMessage()));
                }
            }
            if (t instanceof ConnectException
                    || t instanceof UnknownHostException
                    || t instanceof NoRouteToHostException
                    || t instanceof SocketTimeoutException) {
                return Optional.of(Messages.both("database.unreachable") + ": " + firstLine(t.toString()));
            }
        }
        return Optional.empty();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }
}
