package dev.codebasemcp.persistence.jooq.index;

/**
 * Database settings for building the search indexes of a staged chunk table.
 *
 * @param maintenanceWorkMemMb    maintenance_work_mem of each index build session
 * @param parallelWorkersPerIndex max_parallel_maintenance_workers of each build (PostgreSQL 18 builds GIN indexes in parallel)
 * @param concurrentIndexBuilds   build the trigram and the token index at the same time, on two connections
 */
public record IndexBuildTuning(int maintenanceWorkMemMb, int parallelWorkersPerIndex, boolean concurrentIndexBuilds) {

    public static final IndexBuildTuning DEFAULT = new IndexBuildTuning(256, 1, true);

    public IndexBuildTuning {
        if (maintenanceWorkMemMb < 1 || parallelWorkersPerIndex < 0) {
            throw new IllegalArgumentException("maintenance_work_mem must be positive and parallel workers not negative");
        }
    }
}
