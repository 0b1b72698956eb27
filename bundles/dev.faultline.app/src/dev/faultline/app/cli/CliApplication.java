package dev.faultline.app.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

import dev.faultline.app.LibraryLogging;

/**
 * The headless CLI as an Eclipse application ({@code dev.faultline.app.cli}). No display needed.
 * {@code ./faultline <command>} normally runs the same commands through {@link CliMain} on a plain
 * JVM (faster start); {@code FAULTLINE_CLI=osgi ./faultline <command>} runs them here, in Equinox.
 */
public class CliApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS, new String[0]);
        context.applicationRunning();
        LibraryLogging.quiet();
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        Path cwd = Path.of(System.getProperty("faultline.cwd", System.getProperty("user.dir")));
        int code = new Cli(out, err, cwd).run(Arrays.asList(args));
        out.flush();
        return Integer.valueOf(code);
    }

    @Override
    public void stop() {
        // a CLI command runs to completion; nothing to interrupt
    }
}
