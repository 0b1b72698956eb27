package dev.faultline.app.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The headless CLI's lean launch path: {@code ./faultline <command>} runs this class on a plain JVM
 * with the product's own bundle jars on the class path (no OSGi framework to start), so a command
 * starts like a native tool. The commands are the same classes the Equinox application
 * {@link CliApplication} runs; they must therefore not need OSGi services, the extension registry
 * or {@code Platform} (read resources with {@code Class.getResource}).
 * <p>
 * For the JDK's ahead-of-time cache, the product build runs this class once with the system property
 * {@code faultline.cli.batch=FILE}: every line of FILE is one command line (arguments separated by
 * tabs), all run in this one JVM, output discarded.
 * <p>
 * Nothing here touches {@code java.util.logging}: its set-up reads every jar of the class path (a
 * service look-up), which a command that never logs must not pay for. Lucene's INFO lines are
 * silenced by the logging configuration the launcher passes instead
 * ({@code releng/scripts/cli-logging.properties}, read only when a library first logs).
 */
public final class CliMain {

    private CliMain() {
    }

    public static void main(String[] args) throws IOException {
        // buffered: a command printing thousands of records must not make a write call per line
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16), false,
                StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        Path cwd = Path.of(System.getProperty("faultline.cwd", System.getProperty("user.dir")));
        String batch = System.getProperty("faultline.cli.batch");
        if (batch != null) {
            int code = runBatch(Path.of(batch), out, err, cwd);
            out.flush();
            System.exit(code); // (the training run: the JDK writes the AOT cache on the way out)
        }
        int code = new Cli(out, err, cwd).run(Arrays.asList(args));
        out.flush();
        err.flush();
        // Not System.exit: since JDK 21 it asks System.getLogger whether to log the exit, and finding the
        // logging back end is a service look-up that opens every jar of the class path (~100). Nothing
        // of the CLI's needs a shutdown hook: every command has closed its files and locks, and the
        // output is flushed above.
        Runtime.getRuntime().halt(code);
    }

    private static int runBatch(Path file, PrintStream out, PrintStream err, Path cwd) throws IOException {
        int worst = ExitCode.OK;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> commandLine = Arrays.asList(line.split("\t"));
            int code = new Cli(out, err, cwd).run(commandLine);
            if (code != ExitCode.OK) {
                err.println("faultline: batch line exited " + code + ": " + String.join(" ", commandLine));
            }
            worst = Math.max(worst, code);
        }
        return worst;
    }
}
