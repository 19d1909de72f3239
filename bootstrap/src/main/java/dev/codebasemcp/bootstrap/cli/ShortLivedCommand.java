package dev.codebasemcp.bootstrap.cli;

/**
 * A command that runs briefly in a terminal or a script. Its informational logs (pool and worker
 * start-up) would drown its own output, so at the default level INFO it logs only warnings and
 * errors; an explicit DEBUG or TRACE still applies.
 */
interface ShortLivedCommand {
}
