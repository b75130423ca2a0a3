package org.papergraph.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.PaperGraphCommand;
import org.papergraph.service.system.DataDirectoryLock;

/**
 * Start-up failures the user can fix end the real command, run in a child JVM, with one
 * sentence on stderr naming the directory or port, exit status 2 and no stack trace.
 */
class StartupErrorsIT {

    @TempDir
    Path temp;

    @Test
    void load_dataDirectoryInUse_saysWhichProcess() throws Exception {
        Path data = temp.resolve("data");
        try (DataDirectoryLock lock = DataDirectoryLock.acquire(data)) {
            Run run = papergraph("load", "--from", emptyExtraction().toString(), "--papergraph.data-dir=" + data,
                    "--papergraph.neo4j.bolt-port=0");
            run.assertOneSentence("papergraph load: the data directory " + data.toAbsolutePath()
                    + " is in use by another papergraph process (pid " + ProcessHandle.current().pid());
        }
    }

    @Test
    void load_boltPortTaken_namesThePort() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Run run = papergraph("load", "--from", emptyExtraction().toString(),
                    "--papergraph.data-dir=" + temp.resolve("data"),
                    "--papergraph.neo4j.bolt-port=" + taken.getLocalPort());
            run.assertOneSentence("papergraph load: Bolt port " + taken.getLocalPort()
                    + " on 127.0.0.1 is already in use");
        }
    }

    @Test
    void serve_httpPortTaken_namesThePort() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Run run = papergraph("serve", "--papergraph.data-dir=" + temp.resolve("data"),
                    "--papergraph.neo4j.bolt-port=0", "--server.port=" + taken.getLocalPort());
            run.assertOneSentence("papergraph serve: HTTP port " + taken.getLocalPort() + " is already in use");
        }
    }

    private Path emptyExtraction() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("extraction"));
        Files.writeString(dir.resolve("papers.nq"), "");
        return dir;
    }

    /**
     * A finished command.
     *
     * @param status its exit status
     * @param out its stdout
     * @param err its stderr
     */
    record Run(int status, String out, String err) {

        void assertOneSentence(String start) {
            String context = "stderr:\n" + err + "\nstdout:\n" + out;
            assertThat(status).as(context).isEqualTo(2);
            List<String> ours = err.lines().filter(l -> l.startsWith("papergraph ")).toList();
            assertThat(ours).as(context).hasSize(1);
            assertThat(ours.getFirst()).as(context).startsWith(start);
            assertThat(err + out).as(context).doesNotContain("\tat ").doesNotContain("APPLICATION FAILED TO START");
        }
    }

    /** Runs {@link PaperGraphCommand} in a child JVM with this JVM's class path and Neo4j flags. */
    private Run papergraph(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-Xmx1g");
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add-opens") || a.startsWith("--enable-native-access")
                        || a.startsWith("-Dio.netty"))
                .forEach(command::add);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), PaperGraphCommand.class.getName()));
        command.addAll(List.of(args));
        Path out = temp.resolve("out.txt");
        Path err = temp.resolve("err.txt");
        Process process = new ProcessBuilder(command).directory(temp.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("papergraph " + String.join(" ", args) + " did not end within 3 minutes");
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
