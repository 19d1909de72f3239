package dev.codebasemcp.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codebasemcp.bootstrap.cli.InMemoryStack.CliRun;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SearchCommandTest {

    @TempDir
    Path home;

    @TempDir
    Path repository;

    private InMemoryStack stack;

    @BeforeEach
    void setUp() {
        stack = new InMemoryStack(home, repository);
    }

    @Test
    void literalMatchesPrintGrepStyleLines() {
        CliRun run = stack.run("search", "runAgain", "--mode", "literal");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).isEqualTo(repository.resolve(FixedCodeSearch.PATH) + ":3:         runAgain();"
                + System.lineSeparator());
    }

    @Test
    void contextLinesUseDashes() {
        CliRun run = stack.run("search", "runAgain", "--mode", "literal", "--context", "1");

        assertThat(run.out().lines().toList()).containsExactly(
                repository.resolve(FixedCodeSearch.PATH) + "-2-     void run() {",
                repository.resolve(FixedCodeSearch.PATH) + ":3:         runAgain();",
                repository.resolve(FixedCodeSearch.PATH) + "-4-     }");
    }

    @Test
    void aLineShownByTwoHitsIsPrintedOnce() {
        CliRun run = stack.run("search", FixedCodeSearch.OVERLAPPING_QUERY, "--mode", "literal");

        assertThat(run.out().lines().toList()).containsExactly(
                repository.resolve(FixedCodeSearch.PATH) + ":2:     void run() {");
    }

    @Test
    void jsonHasHitsWithSnippets() {
        CliRun run = stack.run("search", "runAgain", "--mode", "literal", "--json");

        JsonNode json = JsonMapper.builder().build().readTree(run.out());
        assertThat(json.get("mode").asString()).isEqualTo("literal");
        JsonNode file = json.get("files").get(0);
        assertThat(file.get("path").asString()).isEqualTo(FixedCodeSearch.PATH);
        JsonNode hit = file.get("hits").get(0);
        assertThat(hit.get("start_line").asInt()).isEqualTo(3);
        assertThat(hit.get("snippet").get(0).get("line").asInt()).isEqualTo(3);
        assertThat(hit.get("snippet").get(0).get("text").asString()).isEqualTo("        runAgain();");
    }

    @Test
    void noMatchesSaysSoOnStderr() {
        CliRun run = stack.run("search", "nothingLikeThis", "--mode", "literal");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("No matches." + System.lineSeparator());
    }

    @Test
    void tooShortLiteralExitsTwoNamingTheField() {
        CliRun run = stack.run("search", "ab", "--mode", "literal", "--json");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).startsWith("codebase-mcp search: query 'ab' needs at least");
        assertThat(JsonMapper.builder().build().readTree(run.out()).get("field").asString()).isEqualTo("query");
    }

    @Test
    void unknownModeExitsTwo() {
        CliRun run = stack.run("search", "run", "--mode", "fuzzy");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("Invalid mode: 'fuzzy' (allowed: text, literal, regex)");
    }

    @Test
    void limitOutOfRangeExitsTwo() {
        CliRun run = stack.run("search", "run", "--limit", "0");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("limit must be between 1 and 100, got: 0");
    }
}
