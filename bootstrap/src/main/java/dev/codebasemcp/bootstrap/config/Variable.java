package dev.codebasemcp.bootstrap.config;

/**
 * Every setting codebase-mcp reads, with its default and meaning. This table is the single source
 * for validation, {@code .env.example} and the configuration reference in the documentation.
 */
public enum Variable {
    CODEBASE_HOME("~/.codebase-mcp",
            "Directory for the embedded database and an optional .env file; ~ stands for $HOME."),
    CODEBASE_ENV_FILE("",
            "A further .env file to read settings from, after the environment and before CODEBASE_HOME/.env; honoured only in the environment. A .env in the working directory is never read."),
    CODEBASE_DATABASE_URL("",
            "JDBC URL of an external PostgreSQL (jdbc:postgresql://host:port/database); empty uses the embedded database under CODEBASE_HOME."),
    CODEBASE_DATABASE_USER("",
            "User for CODEBASE_DATABASE_URL (may also be given in the URL)."),
    CODEBASE_DATABASE_PASSWORD("",
            "Password for CODEBASE_DATABASE_URL (may also be given in the URL)."),
    CODEBASE_DATABASE_POOL_SIZE("10",
            "Connections one process opens for searches and index writers (2-200); running jobs share them for their parallel writers. The job store has a separate pool of 3 more."),
    CODEBASE_EMBEDDED_IDLE_SECONDS("300",
            "Seconds the embedded PostgreSQL keeps running after the last process using it has left, so the next command reuses it instead of starting it again (0-86400; 0 stops it as soon as the last process leaves)."),
    MAX_CONCURRENT_INDEXING_JOBS("2",
            "Indexing jobs one process runs at the same time (1-64)."),
    INDEXING_JOB_TIMEOUT_SECONDS("3600",
            "A job running longer than this is stopped and failed with \"timed out after N s\" (1-604800)."),
    INDEXING_JOB_MAX_ATTEMPTS("3",
            "Runs a job may start before a lost worker makes it fail instead of being requeued (1-100)."),
    CODEBASE_JOB_LEASE_SECONDS("30",
            "A running job whose worker has not renewed its lease for this long is requeued by any process (5-3600)."),
    CODEBASE_JOB_HEARTBEAT_SECONDS("5",
            "How often a worker renews the lease of its running jobs; at most half of CODEBASE_JOB_LEASE_SECONDS (1-1800)."),
    CODEBASE_ALLOWED_ROOTS("",
            "Colon-separated absolute directories that repositories must lie in; empty allows any directory."),
    CODEBASE_DEFAULT_PROJECT("default",
            "Project used when none is given and no .codebase-mcp/config.json is found (1-63 of a-z, 0-9, '-', '_')."),
    CODEBASE_MAX_FILE_BYTES("1048576",
            "Files larger than this many bytes are skipped when indexing (1-1073741824)."),
    CODEBASE_CHUNK_MAX_LINES("100",
            "Most lines in one indexed chunk (1-10000); chunks prefer to end at blank lines and top-level declarations."),
    CODEBASE_CHUNK_MAX_CHARS("6000",
            "Most characters in one indexed chunk; a longer single line becomes a chunk of its own (80-1000000)."),
    CODEBASE_SEARCH_TIMEOUT_MS("5000",
            "Statement timeout for one search, in milliseconds (100-600000)."),
    CODEBASE_HTTP_HOST("127.0.0.1",
            "Address the HTTP API and dashboard bind to; a non-loopback address requires CODEBASE_HTTP_TOKEN."),
    CODEBASE_HTTP_PORT("8765",
            "Port of the HTTP API and dashboard (1-65535, or 0 for any free port)."),
    CODEBASE_HTTP_TOKEN("",
            "If set, every /api and /metrics request needs the header \"Authorization: Bearer <token>\" (no whitespace)."),
    CODEBASE_HTTP_ALLOWED_HOSTS("",
            "Comma-separated host names (name or name:port) the Host and Origin headers may carry besides localhost, 127.0.0.1 and [::1] with the port listened on; other requests get 403."),
    CODEBASE_LOG_LEVEL("INFO",
            "Log level for stderr logs: TRACE, DEBUG, INFO, WARN or ERROR.");

    private final String defaultValue;
    private final String description;

    Variable(String defaultValue, String description) {
        this.defaultValue = defaultValue;
        this.description = description;
    }

    /** The default as written in {@code .env.example}; empty means "not set". */
    public String defaultValue() {
        return defaultValue;
    }

    public String description() {
        return description;
    }
}
