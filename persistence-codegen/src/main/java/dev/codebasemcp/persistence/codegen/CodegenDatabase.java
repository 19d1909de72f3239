package dev.codebasemcp.persistence.codegen;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;

/**
 * The database jOOQ's code generator reads during the build: an embedded PostgreSQL on a given
 * port, migrated with the project's Flyway scripts.
 *
 * <pre>
 * CodegenDatabase start &lt;port&gt; &lt;work dir&gt; &lt;migrations dir&gt;
 * CodegenDatabase stop  &lt;work dir&gt;
 * </pre>
 *
 * {@code start} leaves the server running for the generator and returns; {@code stop} shuts it
 * down and deletes the work directory. The server is also stopped when the JVM that started it
 * exits, so a failed build does not leave it behind, and a server left by a killed build is
 * stopped before the next start.
 */
public final class CodegenDatabase {

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);

    private CodegenDatabase() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 4 && args[0].equals("start")) {
            start(Integer.parseInt(args[1]), Path.of(args[2]), Path.of(args[3]));
        } else if (args.length == 2 && args[0].equals("stop")) {
            stop(Path.of(args[1]));
        } else {
            throw new IllegalArgumentException("usage: start <port> <work dir> <migrations dir> | stop <work dir>; got " + List.of(args));
        }
    }

    static void start(int port, Path workDir, Path migrations) throws IOException {
        if (!Files.isDirectory(migrations)) {
            throw new IllegalArgumentException("No migrations directory at " + migrations.toAbsolutePath());
        }
        stop(workDir);
        Path dataDir = workDir.resolve("data");
        Files.createDirectories(workDir);
        Redirect log = Redirect.appendTo(workDir.resolve("postgres.log").toFile());
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setOutputRedirector(log)
                .setErrorRedirector(log)
                .setServerConfig("fsync", "off")
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopServer(dataDir), "codegen-postgres-stop"));
        Flyway.configure()
                .loggers("slf4j")
                .dataSource(postgres.getPostgresDatabase())
                .locations("filesystem:" + migrations.toAbsolutePath())
                .load()
                .migrate();
    }

    static void stop(Path workDir) throws IOException {
        stopServer(workDir.resolve("data"));
        if (Files.exists(workDir)) {
            try (Stream<Path> paths = Files.walk(workDir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(CodegenDatabase::delete);
            }
        }
    }

    /** Smart shutdown (SIGTERM) of the postmaster named in the data directory's pid file, then a kill if it hangs. */
    private static void stopServer(Path dataDir) {
        postmasterPid(dataDir).flatMap(ProcessHandle::of).filter(CodegenDatabase::isPostgres).ifPresent(postmaster -> {
            postmaster.destroy();
            try {
                postmaster.onExit().get(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (Exception stillRunning) {
                postmaster.destroyForcibly();
            }
        });
    }

    /** A pid file can outlive its server and the pid be reused: only ever stop a postgres process. */
    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(command -> Path.of(command).getFileName().toString().equals("postgres")).orElse(false);
    }

    private static Optional<Long> postmasterPid(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        try {
            if (!Files.isRegularFile(pidFile)) {
                return Optional.empty();
            }
            return Files.readAllLines(pidFile).stream().findFirst().map(String::strip).map(Long::parseLong);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void delete(Path path) {
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + path, e);
        }
    }
}
