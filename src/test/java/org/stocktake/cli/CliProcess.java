package org.stocktake.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.stocktake.PlatformTest;

/**
 * Runs the real command line in a separate JVM on a given data directory.
 *
 * <p>Once per test run (in {@code target/cli-children/<pid>}), the application's classes are
 * packed into a jar, as they ship, and one {@code serve} on a new data directory is run until it
 * answers and its listeners are done, and stopped. That run leaves two things the other children use: a class-data
 * archive of the classes it loaded (every child JVM maps it: a second off each start), and the
 * data directory it initialised (a test whose subject is not the first start copies it instead of
 * running initdb, the migrations and the Hunan data set again).
 */
final class CliProcess {

    private static Prepared prepared;

    private CliProcess() {}

    /** Starts {@code stocktake args…}; arguments {@code --stocktake.x=y} become system properties. */
    static Process start(Path dataDir, String... args) throws IOException {
        return builder(dataDir, args).start();
    }

    /** The process builder of {@code stocktake args…} (output and errors in one stream). */
    static ProcessBuilder builder(Path dataDir, String... args) {
        Prepared children = prepared();
        List<String> command = new ArrayList<>(children.jvm(true));
        command.add("-Dstocktake.data-dir=" + dataDir);
        List<String> cliArgs = new ArrayList<>();
        for (String a : args) {
            if (a.startsWith("--stocktake.")) {
                command.add("-D" + a.substring(2));
            } else {
                cliArgs.add(a);
            }
        }
        command.add(StocktakeCli.class.getName());
        command.addAll(cliArgs);
        return new ProcessBuilder(command).redirectErrorStream(true);
    }

    /**
     * Makes {@code dataDir} a data directory as the first start of {@code stocktake} leaves it
     * (schema migrated, Hunan data set and first administrator in place, server stopped), by
     * copying the one initialised for this test run.
     */
    static void initialised(Path dataDir) throws IOException, InterruptedException {
        PlatformTest.deleteTree(dataDir);
        Files.createDirectories(dataDir.toAbsolutePath().getParent());
        copyTree(prepared().template, dataDir);
    }

    /** Copies a directory as an operator would, with its permissions. */
    static void copyTree(Path from, Path to) throws IOException, InterruptedException {
        Process cp = new ProcessBuilder("cp", "-a", from.toString(), to.toString())
                .inheritIO()
                .start();
        if (!cp.waitFor(120, TimeUnit.SECONDS) || cp.exitValue() != 0) {
            throw new IllegalStateException("cp -a " + from + " " + to + " failed");
        }
    }

    static BufferedReader output(Process p) {
        return new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    }

    /** Reads the output until a line contains the text, then keeps draining it in the background. */
    static void waitForLine(Process p, String text) throws IOException {
        BufferedReader reader = output(p);
        List<String> seen = new ArrayList<>();
        String line;
        while ((line = reader.readLine()) != null) {
            seen.add(line);
            if (line.contains(text)) {
                Thread drain = new Thread(() -> reader.lines().forEach(l -> {}));
                drain.setDaemon(true);
                drain.start();
                return;
            }
        }
        throw new AssertionError("process ended before printing '" + text + "':\n" + String.join("\n", seen));
    }

    static List<String> drain(Process p) throws IOException {
        try (BufferedReader r = output(p)) {
            return r.lines().toList();
        }
    }

    /** GET a URL until it answers 200 (polling every 50 ms, while the process lives, for at most the given seconds). */
    static String awaitOk(String url, Process server, int seconds) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plusSeconds(seconds);
        while (Instant.now().isBefore(deadline)) {
            if (!server.isAlive()) {
                throw new AssertionError(
                        "server process ended (exit " + server.exitValue() + ") before " + url + " answered");
            }
            try {
                HttpResponse<String> r = client.send(
                        HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return r.body();
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no answer from " + url + " within " + seconds + " s");
    }

    private static synchronized Prepared prepared() {
        if (prepared == null) {
            try {
                prepared = prepare();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (Exception e) {
                throw new IllegalStateException("preparing the child JVMs failed", e);
            }
        }
        return prepared;
    }

    private static Prepared prepare() throws Exception {
        Path root = Path.of("target/cli-children").toAbsolutePath();
        removeLeftovers(root);
        Path dir = root.resolve(Long.toString(ProcessHandle.current().pid()));
        PlatformTest.deleteTree(dir);
        Files.createDirectories(dir);
        Path jar = dir.resolve("stocktake-classes.jar");
        Path classes = Path.of(StocktakeCli.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        if (Files.isDirectory(classes)) {
            pack(classes, jar);
        } else {
            jar = classes;
        }
        // class-data archives take jars only: the application's jar and its dependencies, no class folders
        List<String> classPath = new ArrayList<>(List.of(jar.toString()));
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (Files.isRegularFile(Path.of(entry))) {
                classPath.add(entry);
            }
        }
        Prepared children = new Prepared(
                String.join(java.io.File.pathSeparator, classPath),
                dir.resolve("children.jsa"),
                dir.resolve("template"));
        int port = Served.freePort();
        List<String> command = new ArrayList<>(children.jvm(false));
        command.addAll(List.of(
                "-XX:ArchiveClassesAtExit=" + children.archive,
                "-Dstocktake.data-dir=" + children.template,
                StocktakeCli.class.getName(),
                "serve",
                "--port",
                Integer.toString(port)));
        Path log = dir.resolve("template-serve.log");
        Process serve = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            awaitOk("http://localhost:" + port + "/api/v1/regions?level=prefecture", serve, 180);
            // the copies start with every listener's work of the first start done
            Served.awaitListeners(children.template, java.time.Duration.ofMinutes(2));
        } catch (AssertionError e) {
            serve.destroyForcibly();
            throw new AssertionError(e.getMessage() + ":\n" + Files.readString(log), e);
        }
        serve.destroy();
        if (!serve.waitFor(60, TimeUnit.SECONDS)) {
            serve.destroyForcibly();
            throw new IllegalStateException("the first serve did not stop within 60 s");
        }
        if (!Files.exists(children.template.resolve("pg/PG_VERSION"))
                || Files.exists(children.template.resolve("pg/postmaster.pid"))) {
            throw new IllegalStateException("the first serve left no stopped cluster:\n" + Files.readString(log));
        }
        return children;
    }

    private static void pack(Path classes, Path jar) {
        ToolProvider tool = ToolProvider.findFirst("jar").orElseThrow();
        var out = new java.io.ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        if (tool.run(print, print, "--create", "--file", jar.toString(), "-C", classes.toString(), ".") != 0) {
            throw new IllegalStateException("packing " + classes + " failed: " + out.toString(StandardCharsets.UTF_8));
        }
    }

    /** Directories left by earlier test JVMs that have ended. */
    private static void removeLeftovers(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path d : dirs.toList()) {
                boolean running = d.getFileName().toString().chars().allMatch(Character::isDigit)
                        && ProcessHandle.of(Long.parseLong(d.getFileName().toString()))
                                .map(ProcessHandle::isAlive)
                                .orElse(false);
                if (!running) {
                    PlatformTest.deleteTree(d);
                }
            }
        }
    }

    /** The class path and class-data archive of the children, and the initialised data directory. */
    private record Prepared(String classPath, Path archive, Path template) {

        /** {@code java} with the flags of every child, up to the class path. */
        List<String> jvm(boolean shared) {
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            // a short-lived command starts faster with the quick compiler only and the simple collector
            command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xlog:disable"));
            if (shared && Files.exists(archive)) {
                command.add("-XX:SharedArchiveFile=" + archive);
            }
            command.addAll(List.of("-cp", classPath));
            return command;
        }
    }
}
