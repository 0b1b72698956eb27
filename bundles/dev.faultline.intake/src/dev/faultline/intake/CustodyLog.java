package dev.faultline.intake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The chain-of-custody log of an investigation: {@value #FILE_NAME} in the investigation folder, one
 * JSON object per line, only ever appended to. Each entry says who did what to which evidence file,
 * when, and from where: {@code at, by, action, file, sha256, size, from}, plus for imports
 * {@code format, records, rejected}.
 */
public final class CustodyLog {

    public static final String FILE_NAME = "custody.jsonl";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;

    public CustodyLog(Path investigationDir) {
        this.file = investigationDir.resolve(FILE_NAME);
    }

    /** One line of the log. */
    public record Entry(Instant at, String by, String action, String file, String sha256, long size, String from,
            String format, long records, long rejected) {
    }

    public void append(Entry entry) throws IOException {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("at", entry.at().toString());
        line.put("by", entry.by());
        line.put("action", entry.action());
        line.put("file", entry.file());
        line.put("sha256", entry.sha256());
        line.put("size", entry.size());
        line.put("from", entry.from());
        if (entry.format() != null) {
            line.put("format", entry.format());
            line.put("records", entry.records());
            line.put("rejected", entry.rejected());
        }
        String text;
        try {
            text = JSON.writeValueAsString(line) + "\n";
        } catch (JsonProcessingException e) {
            throw new IOException("cannot write custody entry: " + e.getMessage(), e);
        }
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                StandardOpenOption.WRITE, StandardOpenOption.SYNC);
    }

    /** Every entry, oldest first; an unreadable line is skipped (the log is evidence too: never rewritten). */
    public List<Entry> read() throws IOException {
        List<Entry> entries = new ArrayList<>();
        if (!Files.exists(file)) {
            return entries;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            try {
                var node = JSON.readTree(line);
                entries.add(new Entry(Instant.parse(node.path("at").asText()), node.path("by").asText(null),
                        node.path("action").asText(null), node.path("file").asText(null), node.path("sha256").asText(null),
                        node.path("size").asLong(), node.path("from").asText(null), node.path("format").asText(null),
                        node.path("records").asLong(), node.path("rejected").asLong()));
            } catch (IOException | RuntimeException e) {
                // a damaged line is reported by whoever shows the log as missing; the rest stays readable
            }
        }
        return entries;
    }

    public Path file() {
        return file;
    }
}
