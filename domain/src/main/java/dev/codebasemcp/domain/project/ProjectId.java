package dev.codebasemcp.domain.project;

import dev.codebasemcp.domain.InvalidInputException;
import java.util.regex.Pattern;

/** A project name: 1-63 characters from lower-case letters, digits, '-' and '_'. */
public record ProjectId(String value) {

    private static final Pattern ALLOWED = Pattern.compile("[a-z0-9_-]{1,63}");

    public static final ProjectId DEFAULT = new ProjectId("default");

    public ProjectId {
        if (value == null || !ALLOWED.matcher(value).matches()) {
            throw new InvalidInputException("project_id", "Invalid project_id: '" + value
                    + "' (use 1-63 characters from lower-case letters a-z, digits 0-9, '-' and '_')");
        }
    }

    public static ProjectId of(String value) {
        return new ProjectId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
