package dev.faultline.app.cli.commands;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonGenerator;

import dev.faultline.app.cli.Args;
import dev.faultline.app.cli.CliCommand;
import dev.faultline.app.cli.CliContext;
import dev.faultline.app.cli.ExitCode;
import dev.faultline.app.cli.TimeOptions;
import dev.faultline.app.cli.UsageException;
import dev.faultline.core.formats.FormatParser;
import dev.faultline.core.formats.Formats;
import dev.faultline.core.formats.ParseOptions;
import dev.faultline.core.formats.ParsedRecord;
import dev.faultline.core.formats.RecordJson;
import dev.faultline.core.formats.RecordSink;
import dev.faultline.core.formats.RecordText;
import dev.faultline.core.formats.Rejection;

/**
 * {@code faultline parse [--format F] [--zone Z] [--year Y] [--json] FILE...}: reads evidence files
 * without an investigation and prints their records, one per line (JSON with {@code --json}).
 * Rejections go to stderr as {@code FILE:LINE: reason}; the exit code is 2 when anything was rejected.
 */
public class ParseCommand implements CliCommand {

    @Override
    public String name() {
        return "parse";
    }

    @Override
    public String summary() {
        return "read evidence files and print their records (no investigation needed)";
    }

    @Override
    public String usage() {
        return "Usage: faultline parse [--format F] [--zone ZONE] [--year YYYY] [--json] FILE...\n"
                + "  Detects each file's format from its content (or uses --format) and prints one line per record;\n"
                + "  with --json one JSON object per line. Rejected input is reported on stderr as FILE:LINE: reason\n"
                + "  and makes the exit code 2.\n"
                + "  --format F    one of: " + String.join(", ", Formats.ids()) + "\n"
                + TimeOptions.USAGE;
    }

    @Override
    public int run(CliContext context, List<String> args) throws UsageException, IOException {
        FormatParser forced = null;
        ParseOptions options = ParseOptions.defaults();
        boolean json = context.json();
        List<String> files = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--json" -> json = true;
                case "--format" -> {
                    String id = Args.value(args, ++i, arg);
                    Optional<FormatParser> format = Formats.byId(id);
                    if (format.isEmpty()) {
                        throw new UsageException("unknown format '" + id + "'; known formats: " + String.join(", ", Formats.ids()));
                    }
                    forced = format.get();
                }
                case "--zone" -> options = TimeOptions.zone(options, Args.value(args, ++i, arg));
                case "--year" -> options = TimeOptions.year(options, Args.value(args, ++i, arg));
                default -> {
                    if (arg.startsWith("--")) {
                        throw new UsageException("unknown option '" + arg + "'");
                    }
                    files.add(arg);
                }
            }
        }
        if (files.isEmpty()) {
            throw new UsageException("no FILE given");
        }
        // --json: one generator for the whole output, each record streamed to it as UTF-8 bytes (no String
        // per record, no character encoder between)
        boolean[] rejected = {false};
        try (JsonGenerator generator = json ? RecordJson.lines(context.out()) : null) {
            RecordSink sink = new RecordSink() {
                @Override
                public void accept(ParsedRecord record) {
                    if (generator == null) {
                        context.out().println(RecordText.toLine(record));
                        return;
                    }
                    try {
                        record.writeJson(generator);
                        generator.writeRaw('\n');
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }

                @Override
                public void reject(Rejection rejection) {
                    rejected[0] = true;
                    context.err().println(rejection);
                }
            };
            for (String name : files) {
                Path path = context.resolve(name);
                if (!Files.isRegularFile(path)) {
                    context.err().println(name + ": " + (Files.isDirectory(path) ? "is a folder, not a file" : "no such file"));
                    rejected[0] = true;
                    continue;
                }
                FormatParser format = forced != null ? forced : Formats.detect(path).format();
                format.parse(path, name, options, sink);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        context.out().flush();
        return rejected[0] ? ExitCode.BAD_INPUT : ExitCode.OK;
    }
}
