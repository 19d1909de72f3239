package dev.codebasemcp.domain.job;

import dev.codebasemcp.domain.InvalidInputException;

/** A job id that is not a UUID. */
public final class InvalidJobIdException extends InvalidInputException {

    public InvalidJobIdException(String text) {
        super("job_id", "Invalid job_id format: " + text
                + " (expected a UUID such as 123e4567-e89b-12d3-a456-426614174000)");
    }
}
