package dev.codebasemcp.bootstrap.cli;

/** A command that can print JSON; errors then also go to stdout as a JSON object. */
public interface JsonCommand {

    boolean jsonOutput();
}
