package dev.codebasemcp.domain.job;

import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/** Identity of an indexing job: a UUID in its canonical 8-4-4-4-12 hexadecimal form. */
public record JobId(UUID value) {

    private static final Pattern CANONICAL_UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    public JobId {
        Objects.requireNonNull(value, "value");
    }

    public static JobId random() {
        return new JobId(UUID.randomUUID());
    }

    /**
     * Parses a job id as the user typed it.
     *
     * @throws InvalidJobIdException when the text is not a canonical UUID
     */
    public static JobId parse(String text) {
        if (text == null || !CANONICAL_UUID.matcher(text.strip()).matches()) {
            throw new InvalidJobIdException(text);
        }
        return new JobId(UUID.fromString(text.strip()));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
