package dev.codebasemcp.bootstrap.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codebasemcp.domain.index.ChunkingOptions;
import dev.codebasemcp.domain.index.SyntaxChunk;
import dev.codebasemcp.domain.index.SyntaxChunker;
import dev.codebasemcp.domain.symbol.Definition;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The syntax chunker on real definitions: every grammar's fixture, cut small enough to split definitions. */
class SyntaxChunksOfFixturesTest {

    private static final ChunkingOptions SMALL = new ChunkingOptions(6, 400, 3);

    @ParameterizedTest
    @ValueSource(strings = {"Sample.java", "sample.py", "sample.go", "sample.js", "sample.ts", "sample.tsx", "sample.rs",
            "sample.c", "sample.cpp", "Sample.cs", "sample.rb", "sample.php", "sample.kt"})
    void chunksCoverEveryLineOnceWithinLimitsAndNameADefinitionThatEnclosesThem(String fixture) throws IOException {
        String text = TreeSitterDefinitionExtractorTest.fixture(fixture);
        List<Definition> definitions = TreeSitterDefinitionExtractorTest.extract(fixture).definitions();

        List<SyntaxChunk> chunks = new SyntaxChunker(SMALL).chunk(text, definitions);

        List<String> lines = List.of(text.split("\n"));
        List<Integer> covered = new ArrayList<>();
        for (SyntaxChunk chunk : chunks) {
            int start = chunk.chunk().startLine();
            int end = chunk.chunk().endLine();
            assertThat(chunk.chunk().lineCount()).isLessThanOrEqualTo(SMALL.maxLines());
            assertThat(chunk.chunk().content()).isEqualTo(String.join("\n", lines.subList(start - 1, end)));
            chunk.enclosingDefinition().ifPresent(enclosing -> assertThat(enclosing.startLine())
                    .as("%s encloses %d-%d", enclosing.qualifiedName(), start, end)
                    .isLessThanOrEqualTo(firstNonComment(lines, start, end)));
            chunk.enclosingDefinition().ifPresent(enclosing -> assertThat(enclosing.endLine()).isGreaterThanOrEqualTo(end));
            IntStream.rangeClosed(start, end).forEach(covered::add);
        }
        assertThat(covered).isSorted().doesNotHaveDuplicates()
                .containsAll(IntStream.rangeClosed(1, lines.size()).filter(i -> !lines.get(i - 1).isBlank()).boxed().toList());
        assertThat(chunks).anySatisfy(chunk -> assertThat(chunk.enclosingDefinition()).isPresent());
    }

    /** Doc comments and annotations directly above a definition belong to its chunk. */
    private static int firstNonComment(List<String> lines, int start, int end) {
        for (int line = start; line <= end; line++) {
            String stripped = lines.get(line - 1).strip();
            if (!stripped.startsWith("/") && !stripped.startsWith("*") && !stripped.startsWith("#")
                    && !stripped.startsWith("@")) {
                return line;
            }
        }
        return end;
    }
}
