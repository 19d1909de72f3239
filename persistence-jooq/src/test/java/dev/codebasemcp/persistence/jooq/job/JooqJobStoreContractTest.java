package dev.codebasemcp.persistence.jooq.job;

import dev.codebasemcp.application.port.out.JobStore;
import dev.codebasemcp.application.port.out.JobStoreContractTest;
import dev.codebasemcp.persistence.jooq.testing.Jdbc;
import dev.codebasemcp.persistence.jooq.testing.TestDatabaseExtension;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;

@ExtendWith(JooqJobStoreContractTest.SchemaRules.class)
class JooqJobStoreContractTest extends JobStoreContractTest {

    @RegisterExtension
    static final TestDatabaseExtension DATABASE = TestDatabaseExtension.migrated();

    @Override
    protected JobStore emptyStore() {
        try {
            Jdbc.execute(DATABASE.dataSource(), "DELETE FROM indexing_jobs");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new JooqJobStore(DATABASE.dataSource());
    }

    /**
     * Contract tests whose set-up breaks a rule the schema enforces; each is covered with valid data
     * in {@link JooqJobStoreTest}.
     */
    static final class SchemaRules implements ExecutionCondition {

        private static final Map<String, String> CONFLICTS = Map.of(
                "listFiltersByStatusProjectAndRepository",
                "its set-up queues a second active job for /repos/a, which uq_indexing_jobs_active_repo rejects;"
                        + " see JooqJobStoreTest.listFiltersByStatusProjectAndRepository");

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return context.getTestMethod()
                    .map(method -> CONFLICTS.get(method.getName()))
                    .map(ConditionEvaluationResult::disabled)
                    .orElse(ConditionEvaluationResult.enabled("no schema conflict"));
        }
    }
}
