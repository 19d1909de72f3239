package dev.codebasemcp.persistence.jooq.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * PostgreSQL's own record of a running server, {@code postmaster.pid} in the data directory:
 * line 1 is the postmaster's process id, line 4 its port. PostgreSQL writes it at start and removes
 * it at a clean shutdown; after a crash it stays behind naming a process that no longer runs.
 */
record PostmasterPidFile(long pid, int port) {

    static Optional<PostmasterPidFile> read(Path dataDirectory) {
        Path file = dataDirectory.resolve("postmaster.pid");
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(file);
            if (lines.size() < 4) {
                return Optional.empty();
            }
            return Optional.of(new PostmasterPidFile(Long.parseLong(lines.get(0).strip()), Integer.parseInt(lines.get(3).strip())));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * The postmaster process, if it still runs. After a crash and a reboot the pid may belong to an
     * unrelated process: a process whose executable is known and is not {@code postgres} does not count.
     */
    Optional<ProcessHandle> process() {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(PostmasterPidFile::mayBePostgres);
    }

    private static boolean mayBePostgres(ProcessHandle process) {
        return process.info().command()
                .map(command -> Path.of(command).getFileName().toString().startsWith("postgres"))
                .orElse(true);
    }
}
