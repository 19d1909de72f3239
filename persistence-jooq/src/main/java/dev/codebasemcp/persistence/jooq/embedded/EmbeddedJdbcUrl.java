package dev.codebasemcp.persistence.jooq.embedded;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.newsclub.net.unix.AFUNIXSocket;
import org.newsclub.net.unix.AFUNIXSocketAddress;
import org.newsclub.net.unix.AFUNIXSocketFactory;

/**
 * JDBC URLs of the embedded server. They go through its unix socket (junixsocket as pgJDBC's
 * {@code socketFactory}), so no other user of the machine can reach the server; loopback TCP is
 * the fallback for a server started without a private socket directory or a platform where the
 * socket library does not load. The URL itself shows which transport it uses.
 */
final class EmbeddedJdbcUrl {

    private EmbeddedJdbcUrl() {
    }

    /** The socket URL of the server of {@code postgresDirectory} on {@code port}, when its socket answers. */
    static Optional<String> overSocket(Path postgresDirectory, int port, String database) {
        return EmbeddedSocketDirectory.existing(postgresDirectory)
                .map(directory -> directory.resolve(EmbeddedSocketDirectory.socketName(port)))
                .filter(EmbeddedJdbcUrl::answers)
                .map(socket -> overTcp(port, database)
                        + "&socketFactory=" + AFUNIXSocketFactory.FactoryArg.class.getName()
                        + "&socketFactoryArg=" + URLEncoder.encode(socket.toString(), StandardCharsets.UTF_8));
    }

    /** The loopback TCP URL of the server on {@code port}. */
    static String overTcp(int port, String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database + "?user=" + SuperuserClient.SUPERUSER;
    }

    private static boolean answers(Path socket) {
        if (!Files.exists(socket)) {
            return false;
        }
        try (AFUNIXSocket probe = AFUNIXSocket.isSupported() ? AFUNIXSocket.connectTo(AFUNIXSocketAddress.of(socket)) : null) {
            return probe != null;
        } catch (IOException | RuntimeException | LinkageError e) {
            return false;
        }
    }
}
