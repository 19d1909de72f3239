package dev.codebasemcp.persistence.jooq.embedded;

/** The embedded PostgreSQL server could not be started, reached or stopped; the message says why and where. */
final class EmbeddedDatabaseException extends IllegalStateException {

    EmbeddedDatabaseException(String message) {
        super(message);
    }

    EmbeddedDatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
