package dev.codebasemcp.persistence.jooq.index;

/** A database operation of the index store failed; the message names the operation. */
public final class IndexStoreException extends RuntimeException {

    public IndexStoreException(String operation, Throwable cause) {
        super("Index store: " + operation + " failed: " + cause.getMessage(), cause);
    }
}
