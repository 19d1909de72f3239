package dev.codebasemcp.persistence.jooq.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The embedded server's superuser password: 32 random bytes, generated on first use and kept in
 * {@code CODEBASE_HOME/postgres/password} with mode 0600, so only the account that owns
 * CODEBASE_HOME can connect. Callers hold {@code server.lock} while the file may be created.
 */
final class EmbeddedPassword {

    static final String FILE_NAME = "password";

    private EmbeddedPassword() {
    }

    /** The password of the server in {@code directory} ({@code CODEBASE_HOME/postgres}), created when missing. */
    static String of(Path directory) {
        Path file = directory.resolve(FILE_NAME);
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            String password = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (!password.matches("[A-Za-z0-9_-]{20,}")) {
                throw new EmbeddedDatabaseException(file + " does not hold a password codebase-mcp generated; delete it "
                        + "only together with the data directory " + directory.resolve("data"));
            }
            return password;
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("Could not read or create the embedded PostgreSQL's password file " + file
                    + ": " + e.getMessage(), e);
        }
    }

    private static void create(Path file) throws IOException {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Path temporary = Files.createTempFile(file.getParent(), FILE_NAME, ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            Files.writeString(temporary, password + "\n", StandardCharsets.US_ASCII);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
