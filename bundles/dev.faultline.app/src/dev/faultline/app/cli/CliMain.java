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
import java.util.logging.Level;
import java.util.logging.Logger;

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
 */
public final class CliMain {

    /** Lucene's loggers, kept referenced so that their quieter levels stay set. */
    private static final Logger LUCENE = Logger.getLogger("org.apache.lucene");
    private static final Logger LUCENE_VECTORIZATION = Logger.getLogger("org.apache.lucene.internal.vectorization");

    private CliMain() {
    }

    public static void main(String[] args) throws IOException {
        quietLibraryLogging();
        // buffered: a command printing thousands of records must not make a write call per line
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16), false,
                StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        Path cwd = Path.of(System.getProperty("faultline.cwd", System.getProperty("user.dir")));
        String batch = System.getProperty("faultline.cli.batch");
        int code = batch == null ? new Cli(out, err, cwd).run(Arrays.asList(args)) : runBatch(Path.of(batch), out, err, cwd);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Lucene reports at INFO level which vector and memory-mapping implementation it picked, and
     * warns when the vector incubator module is not on the JVM's command line. Neither is something
     * a user of the CLI can act on; Lucene's other warnings and errors still show.
     */
    public static void quietLibraryLogging() {
        LUCENE.setLevel(Level.WARNING);
        LUCENE_VECTORIZATION.setLevel(Level.SEVERE);
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
