package dev.codebasemcp.bootstrap.config;

/**
 * Every setting codebase-mcp reads, with its default and meaning. This table is the single source
 * for validation, {@code .env.example} and the configuration reference in the documentation.
 */
public enum Variable {
    CODEBASE_HOME("~/.codebase-mcp",
            "Directory for the embedded database and an optional .env file."),
    CODEBASE_DATABASE_URL("",
            "JDBC URL of an external PostgreSQL (jdbc:postgresql://host:port/database); empty uses the embedded database under CODEBASE_HOME."),
    CODEBASE_DATABASE_USER("",
            "User for CODEBASE_DATABASE_URL (may also be given in the URL)."),
    CODEBASE_DATABASE_PASSWORD("",
            "Password for CODEBASE_DATABASE_URL (may also be given in the URL)."),
    CODEBASE_DATABASE_POOL_SIZE("10",
            "Largest number of database connections one process opens (2-200); running jobs share it for their parallel writers."),
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
            "Most characters in one indexed chunk; a longer single line is truncated (80-1000000)."),
    CODEBASE_SEARCH_TIMEOUT_MS("5000",
            "Statement timeout for one search, in milliseconds (100-600000)."),
    CODEBASE_EMBEDDINGS_URL("",
            "Base URL of an OpenAI-compatible embeddings service, up to and including /v1 (Ollama: http://127.0.0.1:11434/v1); empty uses the in-process model. Not yet used by indexing or search."),
    CODEBASE_EMBEDDINGS_MODEL("",
            "Model name sent to CODEBASE_EMBEDDINGS_URL (for example nomic-embed-text); required when that is set. Not yet used by indexing or search."),
    CODEBASE_EMBEDDINGS_API_KEY("",
            "Sent as \"Authorization: Bearer <key>\" to CODEBASE_EMBEDDINGS_URL when set (no whitespace). Not yet used by indexing or search."),
    CODEBASE_HTTP_HOST("127.0.0.1",
            "Address the HTTP API and dashboard bind to; a non-loopback address requires CODEBASE_HTTP_TOKEN."),
    CODEBASE_HTTP_PORT("8765",
            "Port of the HTTP API and dashboard (1-65535, or 0 for any free port)."),
    CODEBASE_HTTP_TOKEN("",
            "If set, every /api request needs the header \"Authorization: Bearer <token>\" (no whitespace)."),
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
