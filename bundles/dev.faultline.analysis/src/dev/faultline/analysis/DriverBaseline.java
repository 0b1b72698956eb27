package dev.faultline.analysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.faultline.analysis.internal.CrashKeys;
import dev.faultline.core.formats.FormatParser;
import dev.faultline.core.formats.Formats;
import dev.faultline.core.formats.ParseOptions;
import dev.faultline.core.formats.ParsedRecord;
import dev.faultline.core.formats.RecordSink;
import dev.faultline.core.formats.Rejection;
import dev.faultline.core.formats.driverquery.DriverQueryParser;
import dev.faultline.core.formats.driverquery.DriverRecord;

/**
 * The drivers a known-good host is expected to have: {@code driverquery} output of a reference
 * machine (any layout Faultline reads), or a plain list with one module or file name a line
 * ({@code #} starts a comment). Names are compared without extension, case-insensitive.
 *
 * @param names module names, lower-case, without extension
 * @param source where the baseline came from, for messages
 */
public record DriverBaseline(Set<String> names, String source) {

    public DriverBaseline {
        names = Set.copyOf(names);
    }

    /** No baseline: nothing is reported as missing from it. */
    public static DriverBaseline none() {
        return new DriverBaseline(Set.of(), null);
    }

    public boolean present() {
        return source != null;
    }

    public boolean contains(String moduleBase) {
        return names.contains(moduleBase);
    }

    /**
     * Reads a baseline file.
     *
     * @throws IllegalArgumentException naming the file (and line) when it holds no driver names
     */
    public static DriverBaseline read(Path file) throws IOException {
        Set<String> names = new LinkedHashSet<>();
        FormatParser format = Formats.detect(file).format();
        if (DriverQueryParser.ID.equals(format.id())) {
            Formats.parse(file, file.getFileName().toString(), format, ParseOptions.defaults(), new RecordSink() {
                @Override
                public void accept(ParsedRecord record) {
                    if (record instanceof DriverRecord driver) {
                        add(names, driver.path() != null ? driver.path() : driver.moduleName());
                        add(names, driver.moduleName());
                    }
                }

                @Override
                public void reject(Rejection rejection) {
                    // rows that are not drivers add nothing to a baseline
                }
            });
        } else {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                int hash = line.indexOf('#');
                String name = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (name.isEmpty()) {
                    continue;
                }
                if (name.contains(",") || name.contains("\t")) {
                    throw new IllegalArgumentException(file + ":" + (i + 1) + ": a baseline line names one driver (module or file name),"
                            + " not '" + name + "'; for a table use driverquery output");
                }
                add(names, name);
            }
        }
        if (names.isEmpty()) {
            throw new IllegalArgumentException(file + ": no driver names found (expected driverquery output or one driver name a line)");
        }
        return new DriverBaseline(names, file.toString());
    }

    private static void add(Set<String> names, String name) {
        String base = CrashKeys.moduleBase(name);
        if (base != null && !base.isBlank()) {
            names.add(base);
        }
    }
}
