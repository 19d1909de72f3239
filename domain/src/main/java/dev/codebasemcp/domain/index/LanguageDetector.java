package dev.codebasemcp.domain.index;

import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The language catalogue: names the language of a file and resolves the names users type.
 *
 * <p>A file's language comes from, in order: a well-known file name (Dockerfile, Makefile, any
 * {@code Makefile.*}); the extension, case-insensitively; for a template ending in {@code .in} (autoconf's
 * {@code config.h.in}, {@code Makefile.in}), the name without {@code .in}; and last the interpreter of a
 * {@code #!} first line ({@code #!/usr/bin/env python3} is python, {@code #!/bin/sh} is shell). Names
 * are lower-case identifiers such as {@code java}, {@code typescript}, {@code yaml}; an unknown file has
 * none. {@link #canonical} also accepts common aliases ({@code js}, {@code ts}, {@code golang}, {@code py}).
 */
public final class LanguageDetector {

    private static final Map<String, String> BY_FILE_NAME = new HashMap<>();
    private static final Map<String, String> BY_EXTENSION = new HashMap<>();
    private static final Map<String, String> BY_INTERPRETER = new HashMap<>();
    private static final Map<String, String> ALIASES = new HashMap<>();
    private static final SortedSet<String> KNOWN = new TreeSet<>();

    static {
        fileNames("dockerfile", "dockerfile", "containerfile");
        fileNames("makefile", "makefile", "gnumakefile", "bsdmakefile", "makefile.am", "makefile.in");
        fileNames("starlark", "build", "build.bazel", "workspace", "workspace.bazel", "module.bazel");
        fileNames("meson", "meson.build", "meson_options.txt");
        fileNames("m4", "configure.ac", "configure.in");
        fileNames("shell", "configure");
        fileNames("cmake", "cmakelists.txt");
        fileNames("ruby", "gemfile", "rakefile", "podfile", "vagrantfile");
        fileNames("groovy", "jenkinsfile");
        fileNames("ignore", ".gitignore", ".dockerignore", ".codebaseignore", ".npmignore");
        fileNames("ini", ".editorconfig", ".gitattributes", ".gitmodules", ".npmrc");
        fileNames("dotenv", ".env");
        fileNames("shell", ".bashrc", ".zshrc", ".profile", ".bash_profile");

        extensions("java", "java");
        extensions("kotlin", "kt", "kts");
        extensions("scala", "scala", "sc");
        extensions("groovy", "groovy", "gradle");
        extensions("c", "c", "h");
        extensions("cpp", "cc", "cpp", "cxx", "c++", "hpp", "hh", "hxx", "h++", "ipp", "tpp");
        extensions("csharp", "cs", "csx");
        extensions("fsharp", "fs", "fsi", "fsx");
        extensions("visualbasic", "vb", "vbs");
        extensions("go", "go");
        extensions("rust", "rs");
        extensions("python", "py", "pyi", "pyw");
        extensions("ruby", "rb", "rake", "gemspec", "erb");
        extensions("php", "php", "phtml");
        extensions("javascript", "js", "mjs", "cjs", "jsx");
        extensions("typescript", "ts", "mts", "cts", "tsx");
        extensions("swift", "swift");
        extensions("objective-c", "m", "mm");
        extensions("dart", "dart");
        extensions("shell", "sh", "bash", "zsh", "ksh", "fish");
        extensions("powershell", "ps1", "psm1", "psd1");
        extensions("batch", "bat", "cmd");
        extensions("perl", "pl", "pm", "t");
        extensions("lua", "lua");
        extensions("r", "r", "rmd");
        extensions("julia", "jl");
        extensions("haskell", "hs", "lhs");
        extensions("ocaml", "ml", "mli");
        extensions("elixir", "ex", "exs");
        extensions("erlang", "erl", "hrl");
        extensions("clojure", "clj", "cljs", "cljc", "edn");
        extensions("elm", "elm");
        extensions("zig", "zig");
        extensions("nim", "nim");
        extensions("crystal", "cr");
        extensions("fortran", "f", "f90", "f95", "f03", "for");
        extensions("assembly", "asm", "s");
        extensions("sql", "sql", "psql", "ddl");
        extensions("html", "html", "htm", "xhtml");
        extensions("css", "css");
        extensions("scss", "scss", "sass");
        extensions("less", "less");
        extensions("vue", "vue");
        extensions("svelte", "svelte");
        extensions("markdown", "md", "markdown", "mdx");
        extensions("restructuredtext", "rst");
        extensions("asciidoc", "adoc", "asciidoc");
        extensions("latex", "tex", "sty", "cls");
        extensions("text", "txt");
        extensions("protobuf", "proto");
        extensions("thrift", "thrift");
        extensions("graphql", "graphql", "gql");
        extensions("terraform", "tf", "tfvars");
        extensions("hcl", "hcl");
        extensions("nix", "nix");
        extensions("dockerfile", "dockerfile");
        extensions("makefile", "mk", "mak", "make");
        extensions("tcl", "tcl", "tk", "tm", "itcl", "exp");
        extensions("yacc", "y", "yy", "yacc", "ypp");
        extensions("lex", "l", "ll", "lex", "lpp");
        extensions("jsonnet", "jsonnet", "libsonnet");
        extensions("m4", "m4", "ac");
        extensions("awk", "awk");
        extensions("sed", "sed");
        extensions("d", "d");
        extensions("pascal", "pas", "pp", "dpr");
        extensions("ada", "adb", "ads");
        extensions("verilog", "v", "sv", "svh", "vh");
        extensions("vhdl", "vhd", "vhdl");
        extensions("cuda", "cu", "cuh");
        extensions("glsl", "glsl", "vert", "frag", "geom", "comp");
        extensions("solidity", "sol");
        extensions("lisp", "lisp", "lsp", "cl", "el");
        extensions("scheme", "scm", "ss", "rkt");
        extensions("vim", "vim");
        extensions("coffeescript", "coffee");
        extensions("starlark", "bzl", "star");
        extensions("jsp", "jsp", "jspx");
        extensions("razor", "cshtml", "razor");
        extensions("handlebars", "hbs", "handlebars", "mustache");
        extensions("jinja", "j2", "jinja", "jinja2");
        extensions("cobol", "cob", "cbl", "cpy");
        extensions("groff", "man", "roff", "mdoc");
        extensions("bibtex", "bib");
        extensions("ninja", "ninja");
        extensions("xml", "xaml", "resx", "props", "targets", "nuspec", "xib", "storyboard", "fxml", "jelly");
        extensions("cmake", "cmake");
        extensions("json", "json", "jsonc", "json5");
        extensions("yaml", "yaml", "yml");
        extensions("toml", "toml");
        extensions("xml", "xml", "xsd", "xsl", "xslt", "pom", "wsdl", "svg", "plist", "csproj", "fsproj", "vbproj");
        extensions("ini", "ini", "cfg", "conf", "cnf");
        extensions("properties", "properties");
        extensions("csv", "csv", "tsv");
        extensions("diff", "diff", "patch");

        interpreters("shell", "sh", "bash", "zsh", "ksh", "dash", "ash", "mksh", "fish", "csh", "tcsh");
        interpreters("python", "python", "python2", "python3", "pypy", "pypy3");
        interpreters("perl", "perl", "perl5");
        interpreters("ruby", "ruby", "jruby");
        interpreters("javascript", "node", "nodejs", "bun");
        interpreters("typescript", "deno", "ts-node", "tsx");
        interpreters("tcl", "tclsh", "wish", "expect", "jimsh");
        interpreters("lua", "lua", "luajit");
        interpreters("php", "php");
        interpreters("awk", "awk", "gawk", "mawk", "nawk");
        interpreters("sed", "sed");
        interpreters("r", "rscript");
        interpreters("powershell", "pwsh", "powershell");
        interpreters("makefile", "make", "gmake");
        interpreters("erlang", "escript");
        interpreters("groovy", "groovy");
        interpreters("scala", "scala");
        interpreters("julia", "julia");
        interpreters("elixir", "elixir");
        interpreters("haskell", "runhaskell", "runghc", "stack");
        interpreters("ocaml", "ocaml");
        interpreters("scheme", "guile", "racket");
        interpreters("kotlin", "kotlin");
        interpreters("java", "java", "jshell");

        aliases("javascript", "js", "jsx", "node", "nodejs", "ecmascript");
        aliases("typescript", "ts", "tsx");
        aliases("go", "golang");
        aliases("python", "py", "python3", "python2");
        aliases("shell", "sh", "bash", "zsh", "ksh", "shellscript");
        aliases("cpp", "c++", "cxx", "cplusplus");
        aliases("csharp", "c#", "cs");
        aliases("fsharp", "f#");
        aliases("ruby", "rb");
        aliases("rust", "rs");
        aliases("kotlin", "kt");
        aliases("yaml", "yml");
        aliases("markdown", "md");
        aliases("yacc", "bison");
        aliases("lex", "flex");
        aliases("makefile", "make", "gnumake");
        aliases("dockerfile", "docker", "containerfile");
        aliases("objective-c", "objc", "objectivec");
        aliases("powershell", "ps1", "pwsh");
        aliases("terraform", "tf");
        aliases("haskell", "hs");
        aliases("perl", "pl");
        aliases("protobuf", "proto");
        aliases("visualbasic", "vb", "vbnet");
        aliases("assembly", "asm");
        aliases("latex", "tex");
        aliases("restructuredtext", "rst");
        aliases("elixir", "ex");
        aliases("erlang", "erl");
        aliases("clojure", "clj");
        aliases("lisp", "elisp", "emacs-lisp", "common-lisp");
        aliases("text", "txt", "plaintext");
    }

    private LanguageDetector() {
    }

    /** The language of the file with this path (any separator), from its name alone, if it is known. */
    public static Optional<String> detect(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return byName(path.substring(slash + 1).toLowerCase(Locale.ROOT));
    }

    /**
     * The language of a file from its path, else from the {@code #!} line its text starts with.
     *
     * @param text the file's text (only its first line is read), or null when it is not at hand
     */
    public static Optional<String> detect(String path, String text) {
        Optional<String> byName = detect(path);
        return byName.isPresent() || text == null ? byName : Optional.ofNullable(byShebang(text));
    }

    /** Every language name a file can be given, sorted. */
    public static SortedSet<String> known() {
        return Collections.unmodifiableSortedSet(KNOWN);
    }

    /** The language name for a name or alias as a user types it (any case), if there is one. */
    public static Optional<String> canonical(String nameOrAlias) {
        String key = nameOrAlias.strip().toLowerCase(Locale.ROOT);
        return KNOWN.contains(key) ? Optional.of(key) : Optional.ofNullable(ALIASES.get(key));
    }

    private static Optional<String> byName(String name) {
        String byName = BY_FILE_NAME.get(name);
        if (byName != null) {
            return Optional.of(byName);
        }
        if (name.startsWith("makefile.")) {
            return Optional.of("makefile");
        }
        int dot = name.lastIndexOf('.');
        if (dot <= 0 || dot == name.length() - 1) {
            return Optional.empty();
        }
        String extension = name.substring(dot + 1);
        if (extension.equals("in")) {
            return byName(name.substring(0, dot));
        }
        return Optional.ofNullable(BY_EXTENSION.get(extension));
    }

    /** {@code #!/usr/bin/env -S python3 -u} and {@code #!/bin/bash -e} name their interpreter's base name. */
    private static String byShebang(String text) {
        if (!text.startsWith("#!")) {
            return null;
        }
        int end = text.indexOf('\n');
        String[] words = text.substring(2, end < 0 ? Math.min(text.length(), 256) : Math.min(end, 256)).strip()
                .split("\\s+");
        int index = 0;
        if (words.length > 1 && words[0].endsWith("/env")) {
            index = 1;
            while (index < words.length - 1 && words[index].startsWith("-")) {
                index++;
            }
        }
        String program = words[index].substring(words[index].lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        String language = BY_INTERPRETER.get(program);
        if (language == null) {
            // Versioned interpreters: python3.12, perl5.36, ruby3.2, lua5.4, tclsh8.6
            language = BY_INTERPRETER.get(program.replaceAll("[0-9.]+$", ""));
        }
        return language;
    }

    private static void fileNames(String language, String... names) {
        register(BY_FILE_NAME, language, names);
    }

    private static void extensions(String language, String... extensions) {
        register(BY_EXTENSION, language, extensions);
    }

    private static void interpreters(String language, String... programs) {
        register(BY_INTERPRETER, language, programs);
    }

    private static void register(Map<String, String> catalogue, String language, String... keys) {
        KNOWN.add(language);
        for (String key : keys) {
            catalogue.put(key, language);
        }
    }

    private static void aliases(String language, String... aliases) {
        for (String alias : aliases) {
            ALIASES.put(alias, language);
        }
    }
}
