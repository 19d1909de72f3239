package dev.codebasemcp.bootstrap.syntax;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Runs Universal Ctags, the independent oracle for definitions, and reads its JSON tags. */
final class UniversalCtags {

    /** One tag: its file, name, ctags' kind, its scope ({@code .}-separated) and the line of its name. */
    record Tag(String path, String name, String kind, String scope, int line) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private UniversalCtags() {
    }

    static boolean available() {
        try {
            Process process = new ProcessBuilder("ctags", "--version").redirectErrorStream(true).start();
            String version = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return process.waitFor(30, TimeUnit.SECONDS) && version.startsWith("Universal Ctags");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The tags of the files or directories, with {@code extraArguments} (such as language and kind selections). */
    static List<Tag> tags(List<String> extraArguments, Path... paths) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("ctags", "--output-format=json", "--fields=+nKZ", "-f", "-"));
        command.addAll(extraArguments);
        for (Path path : paths) {
            command.add(path.toString());
        }
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<Tag> tags = new ArrayList<>();
        try (var reader = process.inputReader(StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                JsonNode tag = JSON.readTree(line);
                if ("tag".equals(tag.path("_type").asString())) {
                    tags.add(new Tag(tag.path("path").asString(), tag.path("name").asString(), tag.path("kind").asString(),
                            tag.path("scope").asString(""), tag.path("line").asInt()));
                }
            }
        }
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IOException("ctags failed: " + command);
        }
        return tags;
    }
}
