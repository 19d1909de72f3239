package dev.codebasemcp.persistence.jooq.database;

import dev.codebasemcp.domain.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where in {@code CODEBASE_HOME} the embedded server lives: {@code home/postgres}. */
final class EmbeddedHome {

    private EmbeddedHome() {
    }

    /**
     * {@code home/postgres}, created if needed.
     *
     * @throws InvalidInputException naming {@code CODEBASE_HOME} when it cannot hold the database
     */
    static Path usableDirectory(Path home) {
        Path directory = home.toAbsolutePath().normalize().resolve("postgres");
        String advice = " Set " + DatabaseSettings.HOME_VARIABLE + " to a writable directory with free space, or "
                + DatabaseSettings.URL_VARIABLE + " to a PostgreSQL server.";
        if (Files.exists(home) && !Files.isDirectory(home)) {
            throw new InvalidInputException(DatabaseSettings.HOME_VARIABLE,
                    DatabaseSettings.HOME_VARIABLE + " " + home + " is not a directory." + advice);
        }
        try {
            Files.createDirectories(directory.resolve("data"));
            Path probe = Files.createTempFile(directory, "write-check", ".tmp");
            try {
                Files.write(probe, new byte[8192]);
            } finally {
                Files.deleteIfExists(probe);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new InvalidInputException(DatabaseSettings.HOME_VARIABLE, DatabaseSettings.HOME_VARIABLE + " " + home
                    + " cannot hold the embedded database: writing " + directory + " failed (" + e + ")." + advice);
        }
        return directory;
    }
}
