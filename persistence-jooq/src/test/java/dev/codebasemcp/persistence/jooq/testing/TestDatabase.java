package dev.codebasemcp.persistence.jooq.testing;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;

/**
 * One database of its own for a test class: a small HikariCP pool and the JDBC URL (with the
 * user in its query string). {@link #close()} closes the pool and drops the database.
 */
public final class TestDatabase implements AutoCloseable {

    private final String name;
    private final String jdbcUrl;
    private final HikariDataSource dataSource;
    private final Runnable drop;

    TestDatabase(String name, String jdbcUrl, HikariDataSource dataSource, Runnable drop) {
        this.name = name;
        this.jdbcUrl = jdbcUrl;
        this.dataSource = dataSource;
        this.drop = drop;
    }

    public String name() {
        return name;
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        dataSource.close();
        drop.run();
    }
}
