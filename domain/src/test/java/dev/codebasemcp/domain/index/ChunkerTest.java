package dev.codebasemcp.domain.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codebasemcp.domain.InvalidInputException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ChunkerTest {

    private final Chunker small = new Chunker(new ChunkingOptions(5, 200, 2));

    @Test
    void emptyFileHasNoChunks() {
        assertThat(small.chunk("")).isEmpty();
    }

    @Test
    void oneLineWithoutTrailingNewlineIsOneChunk() {
        assertThat(small.chunk("int x = 1;")).containsExactly(new Chunk(1, 1, "int x = 1;", false));
    }

    @Test
    void trailingNewlineDoesNotAddALine() {
        assertThat(small.chunk("a\nb\n")).containsExactly(new Chunk(1, 2, "a\nb", false));
    }

    @Test
    void crlfLineBreaksAreNotPartOfTheContent() {
        assertThat(small.chunk("a\r\nb\r\nc")).containsExactly(new Chunk(1, 3, "a\nb\nc", false));
    }

    @Test
    void fileOfOnlyBlankLinesHasNoChunks() {
        assertThat(small.chunk("\n\n   \n\t\n")).isEmpty();
    }

    @Test
    void chunksNeverExceedTheLineLimitAndCoverEveryLine() {
        String text = numberedLines(23);

        List<Chunk> chunks = small.chunk(text);

        assertThat(chunks).allSatisfy(chunk -> assertThat(chunk.lineCount()).isLessThanOrEqualTo(5));
        assertThat(chunks.getFirst().startLine()).isEqualTo(1);
        assertThat(chunks.getLast().endLine()).isEqualTo(23);
        for (int i = 1; i < chunks.size(); i++) {
            assertThat(chunks.get(i).startLine()).isEqualTo(chunks.get(i - 1).endLine() + 1);
        }
        assertThat(chunks.stream().map(Chunk::content).collect(Collectors.joining("\n"))).isEqualTo(text);
    }

    @Test
    void chunksNeverExceedTheCharacterLimit() {
        Chunker chunker = new Chunker(new ChunkingOptions(100, 100, 1));
        String text = IntStream.range(0, 40).mapToObj(i -> "x".repeat(30)).collect(Collectors.joining("\n"));

        List<Chunk> chunks = chunker.chunk(text);

        assertThat(chunks).allSatisfy(chunk -> assertThat(chunk.content().length()).isLessThanOrEqualTo(100));
        assertThat(chunks).extracting(Chunk::lineCount).containsOnly(3, 1);
        assertThat(chunks.stream().mapToInt(Chunk::lineCount).sum()).isEqualTo(40);
    }

    @Test
    void prefersToCutAfterABlankLine() {
        String text = "a1\na2\na3\n\nb1\nb2\nb3\n";

        assertThat(small.chunk(text)).containsExactly(
                new Chunk(1, 4, "a1\na2\na3\n", false),
                new Chunk(5, 7, "b1\nb2\nb3", false));
    }

    @Test
    void startsANewChunkAtATopLevelDeclarationOnceTheMinimumIsReached() {
        Chunker chunker = new Chunker(new ChunkingOptions(50, 2000, 2));
        String text = "class A {\n  int a;\n}\n\nclass B {\n  int b;\n}\n";

        assertThat(chunker.chunk(text)).containsExactly(
                new Chunk(1, 4, "class A {\n  int a;\n}\n", false),
                new Chunk(5, 7, "class B {\n  int b;\n}", false));
    }

    @Test
    void cutsAfterAClosingBraceWhenThereIsNoBlankLine() {
        String text = "  f() {\n  }\n  g();\n  h();\n  i();\n  j();\n";

        assertThat(small.chunk(text)).extracting(Chunk::startLine, Chunk::endLine)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 2), org.assertj.core.groups.Tuple.tuple(3, 6));
    }

    @Test
    void aVeryLongLineBecomesAChunkOfItsOwn() {
        String text = "before\n" + "y".repeat(1000) + "\nafter";

        List<Chunk> chunks = small.chunk(text);

        assertThat(chunks).containsExactly(
                new Chunk(1, 1, "before", false),
                new Chunk(2, 2, "y".repeat(1000), true),
                new Chunk(3, 3, "after", false));
    }

    @Test
    void aLongLineIsKeptWhole() {
        String text = "y".repeat(199) + "\uD83D\uDE00" + "z".repeat(10_000);

        Chunk chunk = small.chunk(text).getFirst();

        assertThat(chunk.truncated()).isTrue();
        assertThat(chunk.content()).isEqualTo(text);
    }

    @Test
    void rejectsALineLimitOutOfRange() {
        assertThatThrownBy(() -> new ChunkingOptions(0, 200, 1))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("chunk_max_lines");
    }

    private static String numberedLines(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> "line " + i).collect(Collectors.joining("\n"));
    }
}
