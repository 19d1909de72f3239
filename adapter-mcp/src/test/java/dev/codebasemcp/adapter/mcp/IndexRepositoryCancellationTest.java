package dev.codebasemcp.adapter.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** notifications/cancelled for a waiting index_repository ends the wait and leaves the job running. */
class IndexRepositoryCancellationTest {

    @TempDir
    Path temp;

    @Test
    void cancellingTheCallEndsTheWaitButNotTheJob() throws IOException {
        Path repo = Files.createDirectory(temp.resolve("repo"));
        try (RawStdio stdio = new RawStdio(temp).initialized()) {
            stdio.send("{\"jsonrpc\":\"2.0\",\"id\":42,\"method\":\"tools/call\",\"params\":{\"name\":\"index_repository\","
                    + "\"arguments\":{\"repo_path\":\"" + repo + "\",\"wait_seconds\":600},"
                    + "\"_meta\":{\"progressToken\":\"p1\"}}}\n");
            Map<String, Object> firstProgress = stdio.reply();
            assertThat(firstProgress).containsEntry("method", "notifications/progress");

            stdio.send("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":{\"requestId\":42,"
                    + "\"reason\":\"user pressed stop\"}}\n");

            Map<String, Object> reply = stdio.reply();
            assertThat(reply).containsEntry("id", 42);
            Map<String, Object> structured = structured(reply);
            assertThat(structured).containsEntry("finished", false).containsEntry("status", "pending")
                    .containsEntry("cancel_requested", false);
            assertThat(structured.get("message").toString()).contains("call was cancelled", "keeps running");
        }
    }

    @Test
    void aCancellationForAnotherRequestLeavesTheWaitAlone() throws IOException {
        Path repo = Files.createDirectory(temp.resolve("repo"));
        try (RawStdio stdio = new RawStdio(temp).initialized()) {
            stdio.send("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":{\"requestId\":41}}\n");
            stdio.send("{\"jsonrpc\":\"2.0\",\"id\":43,\"method\":\"tools/call\",\"params\":{\"name\":\"index_repository\","
                    + "\"arguments\":{\"repo_path\":\"" + repo + "\",\"wait_seconds\":1}}}\n");

            Map<String, Object> structured = structured(stdio.reply());

            assertThat(structured.get("message").toString()).contains("Still running after 1 s")
                    .doesNotContain("cancelled");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> structured(Map<String, Object> reply) {
        return (Map<String, Object>) ((Map<String, Object>) reply.get("result")).get("structuredContent");
    }
}
