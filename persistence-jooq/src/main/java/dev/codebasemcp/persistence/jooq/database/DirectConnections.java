package dev.codebasemcp.persistence.jooq.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** Opens connections outside the pool, for long-lived sessions such as a LISTEN loop. */
@FunctionalInterface
public interface DirectConnections {

    Connection open() throws SQLException;

    /** Connections by {@link DriverManager}; user and password may be null when the URL carries them. */
    static DirectConnections of(String jdbcUrl, String user, String password) {
        return () -> {
            Properties properties = new Properties();
            if (user != null) {
                properties.setProperty("user", user);
            }
            if (password != null) {
                properties.setProperty("password", password);
            }
            return DriverManager.getConnection(jdbcUrl, properties);
        };
    }
}
