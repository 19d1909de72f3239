package dev.codebasemcp.domain.symbol;

import dev.codebasemcp.domain.InvalidInputException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A query for definitions by name: one or more segments separated by {@code .}, {@code ::} or
 * {@code #}, for example {@code resize}, {@code HashMap.resize}, {@code hm.res}. The segments are
 * matched against the last segments of a definition's qualified name, each one exactly, by prefix or
 * by camel humps, with or without case; the whole match is as good as its worst segment.
 */
public final class SymbolQuery {

    public static final int MAX_LENGTH = 200;

    private static final Pattern SEPARATOR = Pattern.compile("::|\\.|#");
    private static final Pattern SEGMENT = Pattern.compile("[\\p{L}\\p{N}_$]+");

    private final String text;
    private final List<String> segments;

    private SymbolQuery(String text, List<String> segments) {
        this.text = text;
        this.segments = segments;
    }

    /**
     * Parses a query; {@code field} is the input field's name for the error.
     *
     * @throws InvalidInputException when the query is blank, longer than {@value #MAX_LENGTH} characters,
     *                               has an empty segment or a character that cannot be part of a name
     */
    public static SymbolQuery parse(String field, String query) {
        if (query == null || query.isBlank()) {
            throw new InvalidInputException(field, field + " must not be blank");
        }
        String text = query.strip();
        if (text.length() > MAX_LENGTH) {
            throw new InvalidInputException(field, field + " must be at most " + MAX_LENGTH + " characters, was "
                    + text.length());
        }
        List<String> segments = List.of(SEPARATOR.split(text, -1));
        for (String segment : segments) {
            if (!SEGMENT.matcher(segment).matches()) {
                throw new InvalidInputException(field, field + " must be names (letters, digits, _ and $) separated by"
                        + " '.', '::' or '#', with no empty part; was '" + text + "'");
            }
        }
        return new SymbolQuery(text, segments);
    }

    public String text() {
        return text;
    }

    public List<String> segments() {
        return segments;
    }

    /** How well a definition's qualified name (segments joined by {@code .}) matches; empty when it does not. */
    public Optional<MatchQuality> match(String qualifiedName) {
        String[] names = qualifiedName.split("\\.", -1);
        if (names.length < segments.size()) {
            return Optional.empty();
        }
        MatchQuality quality = MatchQuality.EXACT;
        int offset = names.length - segments.size();
        for (int i = 0; i < segments.size(); i++) {
            Optional<MatchQuality> segmentQuality = matchSegment(segments.get(i), names[offset + i]);
            if (segmentQuality.isEmpty()) {
                return Optional.empty();
            }
            quality = quality.worst(segmentQuality.get());
        }
        return Optional.of(quality);
    }

    /** The match of a definition, by its qualified name. */
    public Optional<MatchQuality> match(Definition definition) {
        return match(definition.qualifiedName());
    }

    private static Optional<MatchQuality> matchSegment(String segment, String name) {
        if (name.equals(segment)) {
            return Optional.of(MatchQuality.EXACT);
        }
        if (name.equalsIgnoreCase(segment)) {
            return Optional.of(MatchQuality.EXACT_IGNORING_CASE);
        }
        if (name.startsWith(segment)) {
            return Optional.of(MatchQuality.PREFIX);
        }
        if (name.toLowerCase(Locale.ROOT).startsWith(segment.toLowerCase(Locale.ROOT))) {
            return Optional.of(MatchQuality.PREFIX_IGNORING_CASE);
        }
        return CamelHumps.matches(segment, name) ? Optional.of(MatchQuality.CAMEL_HUMPS) : Optional.empty();
    }

    @Override
    public String toString() {
        return text;
    }
}
