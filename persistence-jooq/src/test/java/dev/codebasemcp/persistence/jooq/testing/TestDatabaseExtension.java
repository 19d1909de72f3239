package dev.codebasemcp.persistence.jooq.testing;

import javax.sql.DataSource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives a test class its own migrated database for all its tests:
 * <pre>
 * &#64;RegisterExtension
 * static final TestDatabaseExtension DATABASE = TestDatabaseExtension.migrated();
 * ... DATABASE.dataSource() ...
 * </pre>
 */
public final class TestDatabaseExtension implements BeforeAllCallback, AfterAllCallback {

    private final boolean migrate;
    private TestDatabase database;

    private TestDatabaseExtension(boolean migrate) {
        this.migrate = migrate;
    }

    /** A database with every migration on the classpath applied. */
    public static TestDatabaseExtension migrated() {
        return new TestDatabaseExtension(true);
    }

    /** A database without any table. */
    public static TestDatabaseExtension empty() {
        return new TestDatabaseExtension(false);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        database = migrate ? TestDatabases.migrated() : TestDatabases.empty();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (database != null) {
            database.close();
            database = null;
        }
    }

    public DataSource dataSource() {
        return current().dataSource();
    }

    public String jdbcUrl() {
        return current().jdbcUrl();
    }

    public TestDatabase database() {
        return current();
    }

    private TestDatabase current() {
        if (database == null) {
            throw new IllegalStateException("The test database exists only between @BeforeAll and @AfterAll of its test class");
        }
        return database;
    }
}
