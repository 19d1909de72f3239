package dev.codebasemcp.persistence.jooq.database;

import dev.codebasemcp.application.port.out.StoreUnavailableException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Tells database failures that pass (a lost connection, a session of a dead attempt in the way)
 * from those that do not, and turns the former into the port's {@link StoreUnavailableException}.
 */
public final class StoreFailures {

    /** Cause and suppressed chains can be cyclic; a real one is never this large. */
    private static final int MAX_EXCEPTIONS = 64;
    /** Enough to get past the few connections one server-side termination leaves in the pool. */
    private static final int READ_ATTEMPTS = 3;

    private StoreFailures() {
    }

    /**
     * A lost connection anywhere among the causes or suppressed exceptions: SQLSTATE class 08, 57P
     * (the server ended the session), a pool that could not hand out a connection, or a connection
     * found closed (which carries no SQLSTATE when the pool closed it first).
     */
    static boolean isConnectionLost(Throwable failure) {
        return any(failure, t -> t instanceof SQLTransientConnectionException
                || t instanceof SQLException sql && hasState(sql, "08", "57P")
                || t instanceof SQLException && isClosedMessage(t.getMessage()));
    }

    /**
     * Two sessions created the same relation name at once: a dead attempt's orphan session
     * committed its {@code CREATE INDEX IF NOT EXISTS} while this one ran the same statement.
     */
    static boolean isNameRace(Throwable failure) {
        return any(failure, t -> t instanceof SQLException sql && (hasState(sql, "42P07")
                || hasState(sql, "23505") && String.valueOf(sql.getMessage()).contains("pg_class_relname_nsp_index")));
    }

    private static boolean isPoolTimeout(Throwable failure) {
        return any(failure, t -> t instanceof SQLTransientConnectionException);
    }

    /** A statement gave up waiting for a lock (lock_timeout): the holder will be gone later. */
    static boolean isLockTimeout(Throwable failure) {
        return any(failure, t -> t instanceof SQLException sql && hasState(sql, "55P03"));
    }

    /** Whether another attempt may succeed where this one met {@code failure}. */
    static boolean isTransient(Throwable failure) {
        return isConnectionLost(failure) || isNameRace(failure) || isLockTimeout(failure);
    }

    /** The port's exception for a transient failure, else {@code otherwise} applied to the failure. */
    public static RuntimeException translate(String operation, Exception failure,
                                             Function<Exception, RuntimeException> otherwise) {
        if (failure instanceof StoreUnavailableException unavailable) {
            return unavailable;
        }
        if (isTransient(failure)) {
            return new StoreUnavailableException("Database unavailable while " + operation + ": "
                    + failure.getMessage(), failure);
        }
        return otherwise.apply(failure);
    }

    /**
     * Runs a read, again on a fresh connection when the pool handed out one the server had already
     * ended (it only validates connections idle for a while); a read that still finds no database
     * ends as the port's {@link StoreUnavailableException}.
     */
    public static <T> T read(String operation, Supplier<T> read) {
        RuntimeException lost = null;
        for (int attempt = 1; attempt <= READ_ATTEMPTS; attempt++) {
            try {
                return read.get();
            } catch (RuntimeException e) {
                if (!isConnectionLost(e)) {
                    throw e;
                }
                if (isPoolTimeout(e)) {
                    // No server to reach: another try would only wait as long again.
                    throw translate(operation, e, failure -> (RuntimeException) failure);
                }
                if (lost != null) {
                    e.addSuppressed(lost);
                }
                lost = e;
            }
        }
        throw translate(operation, lost, e -> (RuntimeException) e);
    }

    /** Runs a write once; a lost connection ends as the port's {@link StoreUnavailableException}. */
    public static <T> T write(String operation, Supplier<T> write) {
        try {
            return write.get();
        } catch (RuntimeException e) {
            throw translate(operation, e, failure -> (RuntimeException) failure);
        }
    }

    /**
     * Rolls back after {@code primary}; a rollback that fails too (typically "Connection is closed"
     * once the pool dropped a broken connection) is kept as suppressed, never replacing the cause.
     */
    public static void rollbackAfter(Connection connection, Throwable primary) {
        try {
            connection.rollback();
        } catch (SQLException | RuntimeException rollback) {
            primary.addSuppressed(rollback);
        }
    }

    private static boolean hasState(SQLException sql, String... prefixes) {
        String state = sql.getSQLState();
        if (state == null) {
            return false;
        }
        for (String prefix : prefixes) {
            if (state.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isClosedMessage(String message) {
        String lower = String.valueOf(message).toLowerCase(Locale.ROOT);
        return lower.contains("connection is closed") || lower.contains("connection has been closed");
    }

    private static boolean any(Throwable failure, Predicate<Throwable> test) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> pending = new ArrayDeque<>();
        if (failure != null) {
            pending.push(failure);
        }
        while (!pending.isEmpty() && seen.size() < MAX_EXCEPTIONS) {
            Throwable t = pending.pop();
            if (!seen.add(t)) {
                continue;
            }
            if (test.test(t)) {
                return true;
            }
            if (t.getCause() != null) {
                pending.push(t.getCause());
            }
            for (Throwable suppressed : t.getSuppressed()) {
                pending.push(suppressed);
            }
            if (t instanceof SQLException sql && sql.getNextException() != null) {
                pending.push(sql.getNextException());
            }
        }
        return false;
    }
}
