package dev.codebasemcp.persistence.jooq.embedded;

import dev.codebasemcp.domain.job.IndexingJob;
import dev.codebasemcp.domain.job.JobId;
import dev.codebasemcp.domain.project.ProjectId;
import dev.codebasemcp.persistence.jooq.database.Database;
import dev.codebasemcp.persistence.jooq.database.DatabaseFactory;
import dev.codebasemcp.persistence.jooq.database.DatabaseSettings;
import dev.codebasemcp.persistence.jooq.job.PostgresJobStore;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;

/**
 * A second process for the multi-process tests: opens the embedded database of the home given as
 * first argument, queues a job for the repository given as second argument, prints
 * {@code READY <jdbc url>} and keeps the database open until a line arrives on stdin.
 */
public final class EmbeddedDatabaseUser {

    private EmbeddedDatabaseUser() {
    }

    public static void main(String[] args) throws Exception {
        try (Database database = DatabaseFactory.open(DatabaseSettings.embedded(Path.of(args[0])))) {
            new PostgresJobStore(database.dataSource())
                    .insert(IndexingJob.pending(JobId.random(), args[1], ProjectId.of("child"), false, Instant.now()));
            System.out.println("READY " + database.jdbcUrl());
            System.out.flush();
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        }
        System.exit(0);
    }
}
