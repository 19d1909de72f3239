package dev.codebasemcp.adapter.mcp;

import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.spec.McpClientTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import reactor.core.publisher.Mono;

/**
 * A client transport over any pair of streams (in-memory pipes, or a child process's stdin and
 * stdout): the newline-delimited JSON-RPC of the stdio transport. Closing it ends the server's
 * input and nothing else, so a test can watch the server react to end of input. Lines that are not
 * JSON-RPC are kept: stdout must carry protocol messages only.
 */
public final class StreamClientTransport implements McpClientTransport {

    private final McpJsonMapper mapper;
    private final InputStream fromServer;
    private final OutputStream toServer;

    private final List<String> strayLines = new CopyOnWriteArrayList<>();

    public StreamClientTransport(McpJsonMapper mapper, InputStream fromServer, OutputStream toServer) {
        this.mapper = mapper;
        this.fromServer = fromServer;
        this.toServer = toServer;
    }

    @Override
    public Mono<Void> connect(Function<Mono<McpSchema.JSONRPCMessage>, Mono<McpSchema.JSONRPCMessage>> handler) {
        return Mono.fromRunnable(() -> Thread.ofPlatform().daemon().name("mcp-client-reader").start(() -> read(handler)));
    }

    private void read(Function<Mono<McpSchema.JSONRPCMessage>, Mono<McpSchema.JSONRPCMessage>> handler) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(fromServer, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                McpSchema.JSONRPCMessage message;
                try {
                    message = McpSchema.deserializeJsonRpcMessage(mapper, line);
                } catch (IOException | RuntimeException notProtocol) {
                    strayLines.add(line);
                    continue;
                }
                handler.apply(Mono.just(message)).subscribe();
            }
        } catch (IOException closed) {
            // the server closed its end: nothing more will arrive
        }
    }

    /** Lines the server wrote to its output that were not JSON-RPC messages. */
    public List<String> strayLines() {
        return strayLines;
    }

    @Override
    public Mono<Void> sendMessage(McpSchema.JSONRPCMessage message) {
        return Mono.fromRunnable(() -> {
            try {
                synchronized (toServer) {
                    toServer.write((mapper.writeValueAsString(message) + "\n").getBytes(StandardCharsets.UTF_8));
                    toServer.flush();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Override
    public Mono<Void> closeGracefully() {
        return Mono.fromRunnable(() -> {
            try {
                toServer.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Override
    public <T> T unmarshalFrom(Object data, TypeRef<T> typeRef) {
        return mapper.convertValue(data, typeRef);
    }
}
