package dev.codebasemcp.persistence.jooq.database;

/** The embedded PostgreSQL server could not be started, reached or stopped; the message says why and where. */
public final class EmbeddedDatabaseException extends IllegalStateException {

    public EmbeddedDatabaseException(String message) {
        super(message);
    }

    public EmbeddedDatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
