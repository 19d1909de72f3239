package dev.codebasemcp.persistence.jooq.index;

/**
 * Which generation a build writes and how.
 *
 * @param repositoryId       the repository
 * @param generationId       the generation being built
 * @param previousGeneration the published generation it replaces; null on a first index
 * @param staged             chunks go to a detached staging table, indexed after loading and attached on publish
 * @param rebuild            nothing is reused
 */
record GenerationState(long repositoryId, long generationId, Long previousGeneration, boolean staged, boolean rebuild) {
}
