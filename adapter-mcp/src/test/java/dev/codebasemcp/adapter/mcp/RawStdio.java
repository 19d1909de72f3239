package dev.codebasemcp.adapter.mcp;

import io.modelcontextprotocol.json.McpJsonDefaults;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A {@link StdioMcpServer} on fake use cases, driven byte by byte: what a test writes reaches it unchanged. */
final class RawStdio implements AutoCloseable {

    private static final long REPLY_TIMEOUT_SECONDS = 30;

    final FakeIndexingUseCases useCases = new FakeIndexingUseCases();
    final StdioMcpServer server;
    private final OutputStream toServer;
    private final BlockingQueue<String> fromServer = new LinkedBlockingQueue<>();

    RawStdio(Path workingDirectory) {
        try {
            Pipe clientToServer = Pipe.open();
            Pipe serverToClient = Pipe.open();
            server = StdioMcpServer.start(useCases.asUseCases(new FakeSearch()),
                    new McpServerSettings("test", workingDirectory, Clock.systemUTC(), Duration.ofMillis(5)),
                    Channels.newInputStream(clientToServer.source()), Channels.newOutputStream(serverToClient.sink()));
            toServer = Channels.newOutputStream(clientToServer.sink());
            Thread.ofVirtual().start(() -> collect(new BufferedReader(new InputStreamReader(
                    Channels.newInputStream(serverToClient.source()), StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** initialize and notifications/initialized, as every client starts. */
    RawStdio initialized() {
        send("{\"jsonrpc\":\"2.0\",\"id\":\"init\",\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
                + "\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"raw\",\"version\":\"1\"}}}\n");
        reply();
        send("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}\n");
        return this;
    }

    void send(String text) {
        send(text.getBytes(StandardCharsets.UTF_8));
    }

    void send(byte[] bytes) {
        try {
            toServer.write(bytes);
            toServer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void closeInput() {
        try {
            toServer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next message the server wrote, parsed; fails after a bounded wait. */
    Map<String, Object> reply() {
        try {
            String line = fromServer.poll(REPLY_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (line == null) {
                throw new AssertionError("no reply within " + REPLY_TIMEOUT_SECONDS + " s");
            }
            return McpJsonDefaults.getMapper().readValue(line, new io.modelcontextprotocol.json.TypeRef<>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private void collect(BufferedReader reader) {
        try {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                fromServer.add(line);
            }
        } catch (IOException closed) {
            // the server's side of the pipe went away: nothing more to collect
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
