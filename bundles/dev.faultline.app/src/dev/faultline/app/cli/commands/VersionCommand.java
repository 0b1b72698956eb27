package dev.faultline.app.cli.commands;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

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

    /**
     * The version of the {@code dev.faultline.app} bundle, e.g. {@code 0.1.0.202611231400}: its
     * manifest's {@code Bundle-Version}, read from the jar (or folder) the class was loaded from, so
     * that it is the same under OSGi and on the CLI's plain class path.
     */
    public static String version() {
        CodeSource source = VersionCommand.class.getProtectionDomain().getCodeSource();
        try {
            Path location = source == null ? null : Path.of(source.getLocation().toURI());
            Manifest manifest = location == null ? null : manifest(location);
            String version = manifest == null ? null : manifest.getMainAttributes().getValue("Bundle-Version");
            return version == null ? "unknown" : version;
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    private static Manifest manifest(Path location) throws IOException {
        if (Files.isDirectory(location)) {
            Path file = location.resolve("META-INF/MANIFEST.MF");
            if (!Files.isRegularFile(file)) {
                return null;
            }
            try (InputStream in = Files.newInputStream(file)) {
                return new Manifest(in);
            }
        }
        try (JarFile jar = new JarFile(location.toFile(), false)) {
            return jar.getManifest();
        }
    }
}
