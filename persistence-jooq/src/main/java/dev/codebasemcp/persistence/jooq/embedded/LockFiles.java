package dev.codebasemcp.persistence.jooq.embedded;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The lock files of one {@code CODEBASE_HOME/postgres} directory, created on first use (see
 * {@link EmbeddedServer} for who holds which).
 */
final class LockFiles {

    private LockFiles() {
    }

    /** Held while a process starts, joins, leaves or stops the server. */
    static FileChannel openServerLock(Path directory) throws IOException {
        return FileChannel.open(directory.resolve("server.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    }

    /** Held shared by every process using the server; its modification time is the last leave. */
    static FileChannel openUsersLock(Path directory) throws IOException {
        return FileChannel.open(usersLock(directory), StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
    }

    static Path usersLock(Path directory) {
        return directory.resolve("users.lock");
    }

    /** Held by the keeper while it runs. */
    static FileChannel openKeeperLock(Path directory) throws IOException {
        return FileChannel.open(keeperLock(directory), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    }

    static Path keeperLock(Path directory) {
        return directory.resolve("keeper.lock");
    }
}
