package dev.codebasemcp.bootstrap.syntax;

import dev.codebasemcp.domain.index.LanguageDetector;
import java.nio.file.Files;
import java.nio.file.Path;

/** Prints the definitions of the files given, as the fixture test renders them: for writing and reviewing fixtures. */
public final class DefinitionDump {

    private DefinitionDump() {
    }

    public static void main(String[] args) throws Exception {
        TreeSitterDefinitionExtractor extractor = new TreeSitterDefinitionExtractor(ExtractionLimits.DEFAULT);
        for (String file : args) {
            Path path = Path.of(file);
            var extraction = extractor.extract(file, LanguageDetector.detect(file).orElse(""), Files.readString(path));
            System.out.println("== " + path.getFileName() + " " + extraction.outcome());
            System.out.print(TreeSitterDefinitionExtractorTest.render(extraction.definitions()));
        }
    }
}
