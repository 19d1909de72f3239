package dev.codebasemcp.adapter.http;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An RFC 9457 problem detail. {@code extensions} carry machine-readable specifics such as the
 * offending {@code field} or the {@code job_id}.
 */
record Problem(String type, String title, int status, String detail, String instance,
               @JsonIgnore Map<String, Object> extensions) {

    static final String CONTENT_TYPE = "application/problem+json";

    Problem {
        extensions = new LinkedHashMap<>(extensions);
    }

    static Problem of(ProblemType type, String detail, String instance) {
        return new Problem(type.uri(), type.title(), type.status(), detail, instance, Map.of());
    }

    Problem with(String name, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(extensions);
        more.put(name, value);
        return new Problem(type, title, status, detail, instance, more);
    }

    @JsonAnyGetter
    Map<String, Object> anyExtensions() {
        return extensions;
    }
}
