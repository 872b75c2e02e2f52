package org.stocktake.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the real command line in a separate JVM on a given data directory. */
final class CliProcess {

    private CliProcess() {}

    /** Starts {@code stocktake args…}; arguments {@code --stocktake.x=y} become system properties. */
    static Process start(Path dataDir, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // a short-lived command starts faster with the quick compiler only and the simple collector
        command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        command.add("-Dstocktake.data-dir=" + dataDir);
        List<String> cliArgs = new ArrayList<>();
        for (String a : args) {
            if (a.startsWith("--stocktake.")) {
                command.add("-D" + a.substring(2));
            } else {
                cliArgs.add(a);
            }
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), StocktakeCli.class.getName()));
        command.addAll(cliArgs);
        return new ProcessBuilder(command).redirectErrorStream(true).start();
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
}
