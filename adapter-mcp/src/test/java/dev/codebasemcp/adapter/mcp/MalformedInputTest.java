package dev.codebasemcp.adapter.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Garbage on stdin gets a JSON-RPC error per line, and the server goes on serving. */
class MalformedInputTest {

    private static final String LIST_TOOLS = "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tools/list\"}\n";

    @TempDir
    Path workingDirectory;

    @ParameterizedTest
    @ValueSource(strings = {"\n", "   \r\n", "{not json\n", "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\n", "\u0000\u0001\n"})
    void aBadLineGetsAParseErrorAndTheNextRequestIsServed(String garbage) {
        try (RawStdio stdio = new RawStdio(workingDirectory).initialized()) {
            stdio.send(garbage);

            assertParseError(stdio.reply());
            stdio.send(LIST_TOOLS);
            assertToolList(stdio.reply());
        }
    }

    @Test
    void anOversizeLineGetsAParseErrorAndTheNextRequestIsServed() {
        try (RawStdio stdio = new RawStdio(workingDirectory).initialized()) {
            byte[] oversize = new byte[LineGuard.MAX_LINE_BYTES + 100];
            Arrays.fill(oversize, (byte) 'x');
            oversize[oversize.length - 1] = '\n';

            stdio.send(oversize);

            Map<String, Object> reply = stdio.reply();
            assertParseError(reply);
            assertThat(error(reply).get("message").toString()).contains("longer than " + LineGuard.MAX_LINE_BYTES);
            stdio.send(LIST_TOOLS);
            assertToolList(stdio.reply());
        }
    }

    @Test
    void everyLineOfABurstIsAnsweredInOrder() {
        try (RawStdio stdio = new RawStdio(workingDirectory).initialized()) {
            stdio.send(("\n{oops\n\n" + LIST_TOOLS).getBytes(StandardCharsets.UTF_8));

            assertParseError(stdio.reply());
            assertParseError(stdio.reply());
            assertParseError(stdio.reply());
            assertToolList(stdio.reply());
        }
    }

    @Test
    void jsonThatIsNoJsonRpcMessageIsAnInvalidRequestWithItsId() {
        try (RawStdio stdio = new RawStdio(workingDirectory).initialized()) {
            stdio.send("[1, 2]\n{\"id\":5,\"hello\":\"world\"}\n");

            Map<String, Object> array = stdio.reply();
            Map<String, Object> object = stdio.reply();
            assertThat(error(array)).containsEntry("code", -32600);
            assertThat(error(object)).containsEntry("code", -32600);
            assertThat(object).containsEntry("id", 5);
            stdio.send(LIST_TOOLS);
            assertToolList(stdio.reply());
        }
    }

    @Test
    void endOfInputAfterGarbageEndsTheServer() throws InterruptedException {
        try (RawStdio stdio = new RawStdio(workingDirectory).initialized()) {
            stdio.send("{half a message");
            stdio.closeInput();

            assertParseError(stdio.reply());
            assertThat(stdio.server.awaitEndOfInput(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    private static void assertParseError(Map<String, Object> reply) {
        assertThat(reply).containsEntry("jsonrpc", "2.0").containsEntry("id", null);
        assertThat(error(reply)).containsEntry("code", -32700);
    }

    @SuppressWarnings("unchecked")
    private static void assertToolList(Map<String, Object> reply) {
        assertThat(reply).containsEntry("id", 7);
        List<Map<String, Object>> tools = (List<Map<String, Object>>) ((Map<String, Object>) reply.get("result")).get("tools");
        assertThat(tools).hasSize(7);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> error(Map<String, Object> reply) {
        return (Map<String, Object>) reply.get("error");
    }
}
