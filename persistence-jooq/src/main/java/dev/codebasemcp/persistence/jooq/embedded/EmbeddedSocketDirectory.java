package dev.codebasemcp.persistence.jooq.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.Optional;
import java.util.Set;

/**
 * The private directory (mode 0700) that holds the embedded server's unix socket
 * {@code .s.PGSQL.<port>}: {@code CODEBASE_HOME/postgres/socket}, or, when that path is too long for
 * a socket address, a fresh directory under the system temp directory whose path is recorded in
 * {@code CODEBASE_HOME/postgres/socket-directory}.
 */
final class EmbeddedSocketDirectory {

    static final String RECORD_FILE = "socket-directory";
    /** {@code sun_path} of Linux holds 108 bytes including the terminating NUL. */
    static final int MAX_SOCKET_PATH_BYTES = 107;
    private static final String LONGEST_SOCKET_NAME = "/" + socketName(65_535);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    private EmbeddedSocketDirectory() {
    }

    static String socketName(int port) {
        return ".s.PGSQL." + port;
    }

    /** Creates (or reuses) the socket directory of {@code postgresDirectory} and makes it 0700. */
    static Path prepare(Path postgresDirectory) {
        Path inHome = postgresDirectory.resolve("socket");
        try {
            if (fits(inHome)) {
                return ownerOnly(Files.createDirectories(inHome));
            }
            Optional<Path> recorded = recorded(postgresDirectory);
            if (recorded.isPresent()) {
                return ownerOnly(recorded.get());
            }
            Path fresh = Files.createTempDirectory("codebase-pg-", PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            Files.writeString(postgresDirectory.resolve(RECORD_FILE), fresh.toString(), StandardCharsets.UTF_8);
            return fresh;
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("Could not prepare the socket directory of the embedded PostgreSQL in "
                    + postgresDirectory + ": " + e.getMessage(), e);
        }
    }

    /** The socket directory a server of {@code postgresDirectory} uses, if one was prepared and is still private. */
    static Optional<Path> existing(Path postgresDirectory) {
        Path inHome = postgresDirectory.resolve("socket");
        Optional<Path> directory = fits(inHome) ? Optional.of(inHome) : recorded(postgresDirectory);
        return directory.filter(EmbeddedSocketDirectory::isPrivate);
    }

    static boolean fits(Path directory) {
        return (directory.toAbsolutePath() + LONGEST_SOCKET_NAME).getBytes(StandardCharsets.UTF_8).length
                <= MAX_SOCKET_PATH_BYTES;
    }

    private static Optional<Path> recorded(Path postgresDirectory) {
        Path record = postgresDirectory.resolve(RECORD_FILE);
        try {
            if (!Files.isRegularFile(record)) {
                return Optional.empty();
            }
            Path directory = Path.of(Files.readString(record, StandardCharsets.UTF_8).strip());
            return directory.isAbsolute() && fits(directory) && isPrivate(directory) ? Optional.of(directory) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** A real directory (not a link) of this process's user, mode 0700; another user's directory is never used. */
    private static boolean isPrivate(Path directory) {
        try {
            UserPrincipal self = directory.getFileSystem().getUserPrincipalLookupService()
                    .lookupPrincipalByName(System.getProperty("user.name"));
            return Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)
                    && Files.getOwner(directory, LinkOption.NOFOLLOW_LINKS).equals(self)
                    && Files.getPosixFilePermissions(directory, LinkOption.NOFOLLOW_LINKS).equals(OWNER_ONLY);
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static Path ownerOnly(Path directory) throws IOException {
        Files.setPosixFilePermissions(directory, OWNER_ONLY);
        return directory;
    }
}
