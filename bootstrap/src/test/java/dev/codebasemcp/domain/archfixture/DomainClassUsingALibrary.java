package dev.codebasemcp.domain.archfixture;

/** Breaks the domain rule on purpose: shows the rule is not vacuous. */
public class DomainClassUsingALibrary {

    public Object parse(String[] args) {
        return new picocli.CommandLine(new Object()).parseArgs(args);
    }
}
