package dev.codebasemcp.persistence.jooq.search;

import dev.codebasemcp.application.port.out.SearchCriteria;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SQL with named parameters ({@code :name}) and their values; {@link #sql()} gives the JDBC form with
 * {@code ?} and {@link #values()} the values in placeholder order, so the order in which a statement binds
 * its values never has to match the order of its text. A name may occur several times. {@code ::type}
 * casts are left alone.
 */
final class NamedSql {

    private static final Pattern PARAMETER = Pattern.compile("(?<!:):([a-z][a-z0-9_]*)");

    private final StringBuilder text = new StringBuilder();
    private final Map<String, Object> values = new LinkedHashMap<>();

    NamedSql append(String sql) {
        text.append(sql);
        return this;
    }

    NamedSql bind(String name, Object value) {
        values.put(name, value);
        return this;
    }

    String sql() {
        return PARAMETER.matcher(text).replaceAll("?");
    }

    List<Object> values() {
        List<Object> ordered = new ArrayList<>();
        Matcher parameter = PARAMETER.matcher(text);
        while (parameter.find()) {
            String name = parameter.group(1);
            if (!values.containsKey(name)) {
                throw new IllegalStateException("No value bound for :" + name);
            }
            ordered.add(values.get(name));
        }
        return ordered;
    }

    String rawText() {
        return text.toString();
    }

    Map<String, Object> boundValues() {
        return values;
    }

    /** Appends {@code AND ...} for each filter of a search that is set, on the {@code searchable_chunk} alias s. */
    NamedSql filters(SearchCriteria criteria) {
        if (criteria.projectId() != null) {
            append(" AND s.project_id = :project_id").bind("project_id", criteria.projectId().value());
        }
        if (criteria.repository() != null) {
            append(" AND s.repo_path = :repo_path").bind("repo_path", criteria.repository().toString());
        }
        if (criteria.language() != null) {
            append(" AND s.language = :language").bind("language", criteria.language());
        }
        if (criteria.pathGlob() != null) {
            append(" AND s.path ~ :path_regex").bind("path_regex", criteria.pathGlob().regex());
        }
        return this;
    }
}
