package dev.faultline.app.cli.commands;

import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import dev.faultline.app.cli.CliCommand;
import dev.faultline.app.cli.CliContext;
import dev.faultline.app.cli.ExitCode;
import dev.faultline.app.cli.JsonLine;
import dev.faultline.app.cli.UsageException;

/** {@code faultline version}: the product version, and the Java runtime it runs on. */
public class VersionCommand implements CliCommand {

    @Override
    public String name() {
        return "version";
    }

    @Override
    public String summary() {
        return "print Faultline's version";
    }

    @Override
    public String usage() {
        return "Usage: faultline [--json] version\n  Prints the version of Faultline (from its bundle) and of the Java runtime.";
    }

    @Override
    public int run(CliContext context, List<String> args) throws UsageException {
        if (!args.isEmpty()) {
            throw new UsageException("takes no arguments, got '" + args.get(0) + "'");
        }
        String version = version();
        String java = System.getProperty("java.version");
        if (context.json()) {
            JsonLine.object().put("version", version).put("java", java).println(context.out());
        } else {
            context.out().println("Faultline " + version + " (Java " + java + ")");
        }
        return ExitCode.OK;
    }

    /** The version of the {@code dev.faultline.app} bundle, e.g. {@code 0.1.0.202611231400}. */
    public static String version() {
        Bundle bundle = FrameworkUtil.getBundle(VersionCommand.class);
        return bundle == null ? "unknown (not running in OSGi)" : bundle.getVersion().toString();
    }
}
