package dev.codebasemcp.bootstrap.cli;

import java.io.PrintWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes command results as JSON on stdout, one document per command. */
final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final PrintWriter out;

    Json(PrintWriter out) {
        this.out = out;
    }

    void print(Object value) {
        out.println(MAPPER.writeValueAsString(value));
        out.flush();
    }
}
