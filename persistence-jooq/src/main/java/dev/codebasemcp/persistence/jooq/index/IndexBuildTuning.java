package dev.codebasemcp.persistence.jooq.index;

/**
 * Database settings for building the search indexes of a staged chunk table. The default builds the
 * two GIN indexes at the same time, each on one process: that keeps two cores busy on any
 * PostgreSQL version with the least total work (a parallel GIN build in PostgreSQL 18 adds a merge
 * step, which only pays when cores would otherwise idle).
 *
 * @param maintenanceWorkMemMb    maintenance_work_mem of each index build session
 * @param parallelWorkersPerIndex max_parallel_maintenance_workers of each build (PostgreSQL 18 builds GIN indexes in parallel)
 * @param concurrentIndexBuilds   build the trigram and the token index at the same time, on two connections
 */
record IndexBuildTuning(int maintenanceWorkMemMb, int parallelWorkersPerIndex, boolean concurrentIndexBuilds) {

    static final IndexBuildTuning DEFAULT = new IndexBuildTuning(512, 0, true);

    IndexBuildTuning {
        if (maintenanceWorkMemMb < 1 || parallelWorkersPerIndex < 0) {
            throw new IllegalArgumentException("maintenance_work_mem must be positive and parallel workers not negative");
        }
    }
}
