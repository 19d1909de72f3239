package dev.codebasemcp.bootstrap.cli;

import dev.codebasemcp.bootstrap.config.Settings;
import dev.codebasemcp.bootstrap.wiring.Wiring;
import dev.codebasemcp.domain.InvalidInputException;
import dev.codebasemcp.persistence.jooq.database.Database;
import dev.codebasemcp.persistence.jooq.database.DatabaseFactory;
import dev.codebasemcp.persistence.jooq.database.DatabaseInfo;
import dev.codebasemcp.persistence.jooq.database.JdbcUrls;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code db migrate|info|stop}: the database behind every other command. */
@Command(name = "db", description = "Manage the database: apply migrations, show where it is, stop the embedded server.",
        subcommands = {DbCommand.Migrate.class, DbCommand.Info.class, DbCommand.Stop.class})
final class DbCommand implements Runnable {

    @ParentCommand
    private CodebaseMcpCommand root;

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: use db migrate, db info or db stop");
    }

    Settings settings() {
        return root.settings();
    }

    /** Opens the database (which migrates it) and prints what {@code db info} shows. */
    void report(CommandSpec command, boolean json) {
        try (Database database = DatabaseFactory.open(Wiring.databaseSettings(settings()))) {
            DatabaseInfo info = database.info();
            if (json) {
                new Json(command.commandLine().getOut()).print(toJson(info));
            } else {
                describe(info, command.commandLine().getOut());
            }
        }
    }

    private static Map<String, Object> toJson(DatabaseInfo info) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("jdbc_url", info.jdbcUrl());
        json.put("embedded", info.embedded());
        json.put("server_version", info.serverVersion());
        json.put("data_directory", info.dataDirectory() == null ? null : info.dataDirectory().toString());
        json.put("migrations", info.migrations().stream().map(migration -> Map.of(
                "version", migration.version(), "description", migration.description())).toList());
        return json;
    }

    private static void describe(DatabaseInfo info, PrintWriter out) {
        out.printf("%-11s%s%n", "database", info.embedded() ? "embedded PostgreSQL" : "external PostgreSQL");
        out.printf("%-11s%s%n", "url", info.jdbcUrl());
        out.printf("%-11s%s%n", "version", info.serverVersion());
        if (info.dataDirectory() != null) {
            out.printf("%-11s%s%n", "data", info.dataDirectory());
        }
        List<DatabaseInfo.AppliedMigration> migrations = info.migrations();
        out.printf("%-11s%s%n", "schema", migrations.isEmpty() ? "not migrated"
                : "version " + migrations.getLast().version() + " (" + migrations.size() + " migrations applied)");
        migrations.forEach(migration -> out.printf("%-11sV%s %s%n", "", migration.version(), migration.description()));
        out.flush();
    }

    /** Opens the database, which migrates it, and reports the schema and where it is. */
    abstract static class SchemaReport implements Callable<Integer>, JsonCommand, ShortLivedCommand {

        @ParentCommand
        private DbCommand db;

        @Spec
        private CommandSpec spec;

        @Mixin
        private JsonOutputOption json;

        @Override
        public Integer call() {
            db.report(spec, json.enabled());
            return ExitCodes.OK;
        }

        @Override
        public boolean jsonOutput() {
            return json.enabled();
        }
    }

    @Command(name = "migrate", description = "Apply the schema migrations the database lacks (every command does it on start; "
            + "this does only that).")
    static final class Migrate extends SchemaReport {
    }

    @Command(name = "info", description = "Show the database in use: URL, server version, data directory, applied migrations.")
    static final class Info extends SchemaReport {
    }

    /** Stops the embedded server of CODEBASE_HOME. */
    @Command(name = "stop", description = {
            "Stop the embedded PostgreSQL server of CODEBASE_HOME now, ending the sessions of every process using it.",
            "Running jobs are requeued by their leases; the next command starts the server again.",
            "Without it, the server stops by itself CODEBASE_EMBEDDED_IDLE_SECONDS after the last process using it has left."})
    static final class Stop implements Callable<Integer>, JsonCommand, ShortLivedCommand {

        @ParentCommand
        private DbCommand db;

        @Spec
        private CommandSpec spec;

        @Mixin
        private JsonOutputOption json;

        @Override
        public Integer call() {
            Settings settings = db.settings();
            if (!settings.database().embedded()) {
                throw new InvalidInputException("CODEBASE_DATABASE_URL", "db stop only stops the embedded server, "
                        + "but CODEBASE_DATABASE_URL points at an external one: " + JdbcUrls.masked(settings.database().url()));
            }
            boolean stopped = DatabaseFactory.stopEmbedded(settings.home());
            if (json.enabled()) {
                new Json(spec.commandLine().getOut()).print(Map.of("stopped", stopped, "home", settings.home().toString()));
            } else {
                spec.commandLine().getOut().println(stopped ? "Stopped the embedded database of " + settings.home() + "."
                        : "The embedded database of " + settings.home() + " was not running.");
                spec.commandLine().getOut().flush();
            }
            return ExitCodes.OK;
        }

        @Override
        public boolean jsonOutput() {
            return json.enabled();
        }
    }
}
