package dev.faultline.core.formats;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The real third-party files in {@code shared/data} (system property {@code faultline.shared.data},
 * else {@code ../../../shared/data}); tests that need them are skipped visibly when absent.
 * Also runs parsers into lists.
 */
public final class SharedData {

    private SharedData() {
    }

    /** The data folder; skips the calling test when it is absent. */
    public static Path dir() {
        String property = System.getProperty("faultline.shared.data");
        Path dir = property != null ? Path.of(property) : Path.of("../../../shared/data");
        assumeTrue(Files.isDirectory(dir), "shared data folder absent: " + dir.toAbsolutePath());
        return dir;
    }

    /** A file in the data folder; skips the calling test when the folder is absent. */
    public static Path file(String relative) {
        return dir().resolve(relative);
    }

    /** Everything a parser produced. */
    public record Result(List<ParsedRecord> records, List<Rejection> rejections) {

        public <T extends ParsedRecord> T record(int index, Class<T> type) {
            return type.cast(records.get(index));
        }
    }

    public static Result parse(FormatParser parser, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(parser, in, file.getFileName().toString(), ParseOptions.defaults());
        }
    }

    public static Result parse(FormatParser parser, Path file, ParseOptions options) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(parser, in, file.getFileName().toString(), options);
        }
    }

    public static Result parse(FormatParser parser, String text) throws IOException {
        return parse(parser, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "inline.txt", ParseOptions.defaults());
    }

    public static Result parse(FormatParser parser, byte[] bytes) throws IOException {
        return parse(parser, new ByteArrayInputStream(bytes), "inline.txt", ParseOptions.defaults());
    }

    public static Result parse(FormatParser parser, InputStream in, String name, ParseOptions options) throws IOException {
        List<ParsedRecord> records = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        parser.parse(in, name, options, new RecordSink() {
            @Override
            public void accept(ParsedRecord record) {
                records.add(record);
            }

            @Override
            public void reject(Rejection rejection) {
                rejections.add(rejection);
            }
        });
        return new Result(records, rejections);
    }
}
