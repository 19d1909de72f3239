package dev.codebasemcp.persistence.jooq.testing;

import static org.assertj.core.api.Assertions.tuple;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.assertj.core.groups.Tuple;

/** The chunks of a project's published index, for comparing two indexes in tests. */
public final class PublishedChunks {

    private PublishedChunks() {
    }

    /** (path, start line, end line, content) of every searchable chunk, in path and line order. */
    public static List<Tuple> of(DataSource dataSource, String project) throws SQLException {
        List<Tuple> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT path, start_line, end_line, content"
                     + " FROM searchable_chunk WHERE project_id = ? ORDER BY path COLLATE \"C\", start_line")) {
            statement.setString(1, project);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(tuple(result.getString(1), result.getInt(2), result.getInt(3), result.getString(4)));
                }
            }
        }
        return rows;
    }
}
