package dev.codebasemcp.bootstrap.config;

import dev.codebasemcp.domain.path.PathPolicy;
import dev.codebasemcp.domain.project.ProjectId;
import dev.codebasemcp.persistence.jooq.database.JdbcUrls;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * All settings of one process, validated. Built by {@link SettingsLoader} from the environment and
 * {@code .env} files; immutable.
 *
 * @param home           CODEBASE_HOME: the embedded database lives under it
 * @param database       where the data is
 * @param jobs           the job engine's limits
 * @param indexing       what the indexer reads and how it chunks
 * @param searchTimeout  statement timeout of one search
 * @param http           the HTTP API's address and token
 * @param allowedRoots   directories repositories must lie in; empty allows any
 * @param defaultProject project used when nothing else names one
 * @param logLevel       TRACE, DEBUG, INFO, WARN or ERROR
 */
public record Settings(Path home, Database database, Jobs jobs, Indexing indexing, Duration searchTimeout, Http http,
                       List<Path> allowedRoots, ProjectId defaultProject, String logLevel) {

    public Settings {
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(jobs, "jobs");
        Objects.requireNonNull(indexing, "indexing");
        Objects.requireNonNull(searchTimeout, "searchTimeout");
        Objects.requireNonNull(http, "http");
        Objects.requireNonNull(defaultProject, "defaultProject");
        Objects.requireNonNull(logLevel, "logLevel");
        allowedRoots = List.copyOf(allowedRoots);
    }

    public PathPolicy pathPolicy() {
        return new PathPolicy(allowedRoots);
    }

    /**
     * @param url      JDBC URL of an external server, or null for the embedded one
     * @param user     user for {@code url}, or null
     * @param password password for {@code url}, or null
     * @param poolSize     most connections one process opens
     * @param embeddedIdle how long the embedded server outlives its last user; zero stops it when the last one leaves
     */
    public record Database(String url, String user, String password, int poolSize, Duration embeddedIdle) {

        public Database {
            Objects.requireNonNull(embeddedIdle, "embeddedIdle");
        }

        public boolean embedded() {
            return url == null;
        }

        @Override
        public String toString() {
            return embedded() ? "Database[embedded, poolSize=" + poolSize + ", embeddedIdle=" + embeddedIdle + "]"
                    : "Database[url=" + JdbcUrls.masked(url) + ", user=" + user + ", password=" + (password == null ? "unset" : "***")
                    + ", poolSize=" + poolSize + "]";
        }
    }

    /**
     * @param maxConcurrentJobs jobs one process runs at once
     * @param timeout           longest run of one job
     * @param maxAttempts       runs a job may start before a lost lease fails it
     * @param lease             how long a claim lasts without renewal
     * @param heartbeat         how often a worker renews its leases
     */
    public record Jobs(int maxConcurrentJobs, Duration timeout, int maxAttempts, Duration lease, Duration heartbeat) {
    }

    /**
     * @param maxFileBytes  larger files are skipped
     * @param chunkMaxLines most lines per chunk
     * @param chunkMaxChars most characters per chunk
     */
    public record Indexing(long maxFileBytes, int chunkMaxLines, int chunkMaxChars) {
    }

    /**
     * @param host  bind address
     * @param port  port, 0 for any free one
     * @param token        bearer token required on /api and /metrics, or null for none
     * @param allowedHosts   names a Host or Origin header may carry besides the loopback ones
     */
    public record Http(String host, int port, String token, List<String> allowedHosts) {

        public Http {
            allowedHosts = List.copyOf(allowedHosts);
        }

        public boolean tokenRequired() {
            return token != null;
        }

        @Override
        public String toString() {
            return "Http[host=" + host + ", port=" + port + ", token=" + (token == null ? "unset" : "***")
                    + ", allowedHosts=" + allowedHosts + "]";
        }
    }
}
