package org.peercert.platform;

import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells "the database cannot be reached right now" (server down or restarting, no connection in time) from
 * every other failure. Such a request must answer 503 "try again", never a result: a look-up that failed is
 * not a look-up that found nothing (a real certificate must not show as "not found" while the server is down).
 */
public final class DatabaseOutage {

    private DatabaseOutage() {}

    /** Whether the failure, or anything that caused it, is a lost or refused database connection. */
    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                    || t instanceof RecoverableDataAccessException || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
        }
        return false;
    }
}
