package dev.codebasemcp.persistence.jooq.database;

import javax.sql.DataSource;

/** For tests that bring their own database: the production migrations, applied as at start-up. */
public final class SchemaMigrations {

    private SchemaMigrations() {
    }

    /** Applies every pending migration. @return how many ran */
    public static int applyAll(DataSource dataSource) {
        return SchemaMigrator.migrate(dataSource);
    }
}
