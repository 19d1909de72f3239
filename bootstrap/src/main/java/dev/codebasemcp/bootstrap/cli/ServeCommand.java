package dev.codebasemcp.bootstrap.cli;

import dev.codebasemcp.adapter.http.BindingPolicy;
import dev.codebasemcp.adapter.http.PrometheusMetrics;
import dev.codebasemcp.bootstrap.config.Settings;
import dev.codebasemcp.bootstrap.wiring.CodebaseMcpApplication;
import dev.codebasemcp.bootstrap.wiring.HttpServer;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", description = {
        "Run the HTTP API, the web dashboard and the job worker until stopped (Ctrl-C or SIGTERM).",
        "MCP clients connect over streamable HTTP at /mcp.",
        "Running jobs are handed back as pending on shutdown, so the next process resumes them.",
        "Listening beyond the loopback interface requires CODEBASE_HTTP_TOKEN."})
final class ServeCommand implements Callable<Integer> {

    @ParentCommand
    private CodebaseMcpCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--host", paramLabel = "HOST",
            description = "Address to listen on (default: CODEBASE_HTTP_HOST, else 127.0.0.1).")
    private String host;

    @Option(names = "--port", paramLabel = "PORT",
            description = "Port to listen on, 0 for any free one (default: CODEBASE_HTTP_PORT, else 8765).")
    private Integer port;

    @Override
    public Integer call() throws InterruptedException {
        Settings.Http http = root.settings().http();
        String bindHost = host == null ? http.host() : host.strip();
        int bindPort = port == null ? http.port() : port;
        checkBinding(bindHost, bindPort, http.tokenRequired());
        PrometheusMetrics metrics = new PrometheusMetrics();
        CodebaseMcpApplication application = root.openApplication(HttpServer.metricsOptions(metrics, Clock.systemUTC()));
        HttpServer server;
        try {
            application.startWorker();
            server = HttpServer.start(application, metrics, bindHost, bindPort, VersionProvider.version());
        } catch (RuntimeException e) {
            application.close();
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            application.close();
            stopped.countDown();
        }, "codebase-mcp-serve-shutdown"));
        PrintWriter err = spec.commandLine().getErr();
        String base = "http://" + urlHost(bindHost) + ":" + server.port();
        err.println("codebase-mcp: API and dashboard on " + base + "/, MCP (streamable HTTP) on " + base + "/mcp"
                + (http.tokenRequired() ? " (bearer token required on /api and /mcp)" : "") + "; Ctrl-C stops");
        err.flush();
        stopped.await();
        return ExitCodes.OK;
    }

    private void checkBinding(String bindHost, int bindPort, boolean tokenConfigured) {
        if (bindPort < 0 || bindPort > 65_535) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--port must be between 0 and 65535, got: " + bindPort);
        }
        try {
            BindingPolicy.check(bindHost, tokenConfigured);
        } catch (BindingPolicy.UnsafeBindingException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private static String urlHost(String host) {
        return host.contains(":") ? "[" + host + "]" : host;
    }
}
