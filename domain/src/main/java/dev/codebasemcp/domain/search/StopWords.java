package dev.codebasemcp.domain.search;

import java.util.List;
import java.util.Set;

/**
 * English function words of natural-language questions ("how do I read the lines of a file"). They carry no
 * meaning about code, so a text query ignores them unless the query has nothing else.
 */
public final class StopWords {

    private static final Set<String> WORDS = Set.of("a", "an", "the", "of", "to", "in", "on", "at", "by", "for",
            "with", "from", "into", "onto", "and", "or", "but", "not", "no", "is", "are", "was", "were", "be", "been",
            "being", "it", "its", "this", "that", "these", "those", "there", "here", "how", "what", "which", "who",
            "whom", "where", "when", "why", "do", "does", "did", "done", "doing", "can", "could", "should", "would",
            "will", "shall", "may", "might", "must", "i", "me", "my", "we", "us", "our", "you", "your", "he", "she",
            "they", "them", "their", "some", "any", "each", "every", "all", "both", "either", "neither", "several",
            "one", "ones", "as", "so", "than", "then", "too", "very", "just", "also", "about", "over", "under",
            "up", "down", "out", "off", "again", "until", "while", "because", "if", "else", "whether", "via",
            "using", "way", "ways", "code", "implement", "implemented", "implementation");

    private StopWords() {
    }

    public static boolean contains(String lexeme) {
        return WORDS.contains(lexeme);
    }

    /** The terms that are not single stop words; all of them when every term is one. */
    public static List<QueryTerm> significant(List<QueryTerm> terms) {
        List<QueryTerm> kept = terms.stream()
                .filter(term -> term.parts().size() > 1 || !WORDS.contains(term.identifier()))
                .toList();
        return kept.isEmpty() ? terms : kept;
    }
}
