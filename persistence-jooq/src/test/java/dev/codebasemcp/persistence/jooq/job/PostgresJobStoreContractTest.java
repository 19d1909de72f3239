package dev.codebasemcp.persistence.jooq.job;

import dev.codebasemcp.application.port.out.JobStore;
import dev.codebasemcp.application.port.out.JobStoreContractTest;
import dev.codebasemcp.persistence.jooq.testing.Jdbc;
import dev.codebasemcp.persistence.jooq.testing.TestDatabaseExtension;
import java.sql.SQLException;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresJobStoreContractTest extends JobStoreContractTest {

    @RegisterExtension
    static final TestDatabaseExtension DATABASE = TestDatabaseExtension.migrated();

    @Override
    protected JobStore emptyStore() {
        try {
            Jdbc.execute(DATABASE.dataSource(), "DELETE FROM indexing_jobs");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new PostgresJobStore(DATABASE.dataSource());
    }
}
