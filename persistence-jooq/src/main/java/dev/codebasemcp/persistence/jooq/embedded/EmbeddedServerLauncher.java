package dev.codebasemcp.persistence.jooq.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Starts the embedded PostgreSQL server and exits, leaving the server running on its own. Run in a
 * short-lived child process by {@link EmbeddedServer}, so that no application process holds the
 * data directory's start lock for its lifetime and any process can restart the server later.
 *
 * <pre>EmbeddedServerLauncher &lt;data directory&gt; &lt;port&gt; &lt;log file&gt; &lt;password file&gt; &lt;socket directory&gt;</pre>
 * The password travels as a file name, so it never shows in the process list; the start-up check
 * needs it once the data directory requires it. The server's unix socket goes into the private
 * socket directory; TCP stays on localhost, for the start-up check and for clients that cannot use the socket.
 * Exit code 0 once the server accepts connections; 1 with the reason on stderr otherwise.
 */
public final class EmbeddedServerLauncher {

    private EmbeddedServerLauncher() {
    }

    public static void main(String[] args) {
        try {
            if (args.length != 5) {
                throw new IllegalArgumentException("usage: EmbeddedServerLauncher <data directory> <port> <log file>"
                        + " <password file> <socket directory>");
            }
            String password = Files.readString(Path.of(args[3]), StandardCharsets.US_ASCII).strip();
            Redirect log = Redirect.appendTo(new File(args[2]));
            EmbeddedPostgres.builder()
                    .setDataDirectory(Path.of(args[0]))
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPort(Integer.parseInt(args[1]))
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("unix_socket_directories", args[4])
                    .setServerConfig("unix_socket_permissions", "0700")
                    // initdb of a new data directory: the password from the start, never a moment of trust
                    .setLocaleConfig("auth", "scram-sha-256")
                    .setLocaleConfig("pwfile", args[3])
                    .setConnectConfig("password", password)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setOutputRedirector(log)
                    .setErrorRedirector(log)
                    .start();
            System.exit(0);
        } catch (Exception | Error e) {
            System.err.println("Could not start the embedded PostgreSQL: " + e);
            System.exit(1);
        }
    }
}
