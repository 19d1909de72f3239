package dev.codebasemcp.domain.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TextRankingTest {

    private static final List<QueryTerm> HASH_MAP_RESIZE = CodeTokens.ofQuery("hash map resize");
    private final TextRanking ranking = new TextRanking(HASH_MAP_RESIZE, new double[] {2.0, 1.5, 5.0}, 4000);

    private static TextRanking.Evidence evidence(boolean[] present, boolean[] identifier, boolean[] joined,
                                                 String path, Set<String> name, long length) {
        return new TextRanking.Evidence(present, identifier, joined, path, name, length);
    }

    private static boolean[] all(int n, boolean value) {
        boolean[] bits = new boolean[n];
        java.util.Arrays.fill(bits, value);
        return bits;
    }

    @Test
    void idfFallsAsATermGetsCommon() {
        assertThat(TextRanking.idf(1000, 1)).isGreaterThan(TextRanking.idf(1000, 100));
        assertThat(TextRanking.idf(1000, 100)).isGreaterThan(TextRanking.idf(1000, 900));
        assertThat(TextRanking.idf(1000, 1000)).isPositive();
    }

    @Test
    void coveringMoreOfTheQueryRanksHigherThanRepeatingOneWord() {
        double everyWord = ranking.score(evidence(all(3, true), all(3, false), all(2, false), "src/A.java", Set.of(), 4000));
        double oneWord = ranking.score(evidence(new boolean[] {false, false, true}, new boolean[] {false, false, true},
                all(2, false), "src/B.java", Set.of(), 4000));
        assertThat(everyWord).isGreaterThan(oneWord);
    }

    @Test
    void aWholeIdentifierWeighsMoreThanAPartAndShorterChunksWin() {
        double part = ranking.score(evidence(all(3, true), all(3, false), all(2, false), "a.java", Set.of(), 4000));
        double identifier = ranking.score(evidence(all(3, true), all(3, true), all(2, false), "a.java", Set.of(), 4000));
        double longer = ranking.score(evidence(all(3, true), all(3, false), all(2, false), "a.java", Set.of(), 16000));
        assertThat(identifier).isGreaterThan(part);
        assertThat(part).isGreaterThan(longer);
    }

    @Test
    void queryWordsInTheFileNameAndJoinedIntoOneIdentifierCount() {
        boolean[] resizeOnly = {false, false, true};
        double plain = ranking.score(evidence(resizeOnly, resizeOnly, all(2, false), "util/Other.java", Set.of(), 4000));
        double named = ranking.score(evidence(resizeOnly, resizeOnly, all(2, false), "util/HashMap.java",
                Set.of("hash", "map"), 4000));
        double joined = ranking.score(evidence(all(3, true), all(3, false), new boolean[] {true, false}, "a.java",
                Set.of(), 4000));
        double apart = ranking.score(evidence(all(3, true), all(3, false), all(2, false), "a.java", Set.of(), 4000));
        assertThat(named).isGreaterThan(plain * 2);
        assertThat(joined).isGreaterThan(apart);
    }

    @Test
    void testsAndDocsRankBelowSourcesUnlessTheQueryAsksForThem() {
        TextRanking.Evidence source = evidence(all(3, true), all(3, true), all(2, false), "src/Map.java", Set.of(), 4000);
        TextRanking.Evidence test = evidence(all(3, true), all(3, true), all(2, false), "test/MapTest.java", Set.of(), 4000);
        assertThat(ranking.score(source)).isGreaterThan(ranking.score(test));

        List<QueryTerm> asking = CodeTokens.ofQuery("map test");
        TextRanking forTests = new TextRanking(asking, new double[] {1, 1}, 4000);
        TextRanking.Evidence sourceHit = evidence(all(2, true), all(2, true), all(1, false), "src/Map.java", Set.of(), 4000);
        TextRanking.Evidence testHit = evidence(all(2, true), all(2, true), all(1, false), "test/Map.java", Set.of(), 4000);
        assertThat(forTests.score(testHit)).isEqualTo(forTests.score(sourceHit));
    }

    @Test
    void diversifyKeepsAtMostTwoOfOneFileInFrontWithoutLosingAny() {
        List<String> ranked = List.of("a:1", "a:2", "a:3", "b:1", "a:4", "c:1");
        assertThat(TextRanking.diversify(ranked, hit -> hit.substring(0, 1), TextRanking.PER_FILE))
                .containsExactly("a:1", "a:2", "b:1", "c:1", "a:3", "a:4");
    }
}
