package dev.codebasemcp.persistence.jooq.index;

import dev.codebasemcp.persistence.jooq.database.StoreFailures;

/** A database operation of the index store failed; the message names the operation. */
final class IndexStoreException extends RuntimeException {

    IndexStoreException(String operation, Throwable cause) {
        super("Index store: " + operation + " failed: " + cause.getMessage(), cause);
    }

    /**
     * The exception to throw for {@code failure}: the port's
     * {@link dev.codebasemcp.application.port.out.StoreUnavailableException} when another attempt may
     * succeed, else an {@code IndexStoreException}.
     */
    static RuntimeException of(String operation, Exception failure) {
        return StoreFailures.translate(operation, failure, cause -> new IndexStoreException(operation, cause));
    }
}
