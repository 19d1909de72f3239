CREATE TABLE indexing_jobs (
    -- Identity
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    -- Input
    repo_path TEXT NOT NULL,
    project_id VARCHAR(255) NOT NULL,
    -- Status
    status VARCHAR(20) NOT NULL DEFAULT 'pending'
        CHECK (status IN ('pending', 'running', 'completed', 'failed')),
    error_message TEXT,
    -- Counters
    files_indexed INTEGER DEFAULT 0,
    chunks_created INTEGER DEFAULT 0,
    -- Timestamps
    started_at TIMESTAMPTZ,
    completed_at TIMESTAMPTZ,
    created_at TIMESTAMPTZ DEFAULT NOW()
);

-- Performance indexes
CREATE INDEX idx_active_jobs ON indexing_jobs(project_id, status)
    WHERE status IN ('pending', 'running');
CREATE INDEX idx_created_at ON indexing_jobs(created_at DESC);
