package dev.codebasemcp.persistence.jooq.index;

import dev.codebasemcp.application.port.out.IndexStore;
import dev.codebasemcp.application.port.out.IndexStoreContractTest;
import dev.codebasemcp.persistence.jooq.testing.TestDatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresIndexStoreContractTest extends IndexStoreContractTest {

    @RegisterExtension
    static final TestDatabaseExtension DATABASE = TestDatabaseExtension.migrated();

    /** Every test indexes a repository path of its own, so one database serves them all. */
    @Override
    protected IndexStore storeWithoutIndexOf(String repoPath) {
        return new PostgresIndexStore(DATABASE.dataSource());
    }
}
