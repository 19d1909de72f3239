package dev.codebasemcp.adapter.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.codebasemcp.application.port.in.SearchHit;
import dev.codebasemcp.application.port.in.SearchResults;
import dev.codebasemcp.application.port.in.SnippetLine;
import java.util.List;

/** Search results on the wire, in the MCP tools' snake_case. */
record SearchJson(
        @JsonProperty("mode") String mode,
        @JsonProperty("limit_reached") boolean limitReached,
        @JsonProperty("hits") List<Hit> hits) {

    static SearchJson of(SearchResults results) {
        return new SearchJson(results.mode().label(), results.limitReached(), results.hits().stream().map(Hit::of).toList());
    }

    record Hit(
            @JsonProperty("project_id") String projectId,
            @JsonProperty("repository") String repository,
            @JsonProperty("path") String path,
            @JsonProperty("absolute_path") String absolutePath,
            @JsonProperty("language") String language,
            @JsonProperty("start_line") int startLine,
            @JsonProperty("end_line") int endLine,
            @JsonProperty("match_lines") List<Integer> matchLines,
            @JsonProperty("score") double score,
            @JsonProperty("snippet") List<Line> snippet) {

        static Hit of(SearchHit hit) {
            return new Hit(hit.projectId(), hit.repository(), hit.path(), hit.absolutePath(), hit.language(),
                    hit.startLine(), hit.endLine(), hit.matchLines(), hit.score(),
                    hit.snippet().stream().map(Line::of).toList());
        }
    }

    record Line(
            @JsonProperty("number") int number,
            @JsonProperty("text") String text,
            @JsonProperty("match") boolean match) {

        static Line of(SnippetLine line) {
            return new Line(line.number(), line.text(), line.match());
        }
    }
}
