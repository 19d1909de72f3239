package dev.codebasemcp.domain;

/**
 * Input that breaks a rule of the domain. Carries the name of the offending field as the
 * interfaces spell it (snake_case), so every adapter can say which field was wrong.
 */
public class InvalidInputException extends IllegalArgumentException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The field as the interfaces name it, for example {@code repo_path} or {@code job_id}. */
    public String field() {
        return field;
    }
}
