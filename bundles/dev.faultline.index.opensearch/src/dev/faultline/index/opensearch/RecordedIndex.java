package dev.faultline.index.opensearch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The OpenSearch index an investigation uses instead of its embedded {@code DIR/index}, as recorded in
 * {@code DIR/}{@value #FILE} ({@code {"url", "index", "investigation"}}, written by {@code faultline index --opensearch}; the
 * investigation's {@link IndexOwner#id() id} is also in the index's mapping, so an index of another investigation is refused).
 * Credentials and TLS trust are never recorded: they come from the environment ({@link ClusterAccess}).
 */
public record RecordedIndex(String url, String index, String investigation, Path folder) {

    /** An index recorded without an owner (before indexes had one, or made by hand). */
    public RecordedIndex(String url, String index) {
        this(url, index, null, null);
    }

    /** The file that names an investigation's OpenSearch index. */
    public static final String FILE = "opensearch.json";

    /** Made when a file is read: an investigation without one (the common case) loads no JSON. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    /**
     * The index recorded for the investigation in {@code investigation}, or {@code null} when it uses the embedded index.
     *
     * @throws IOException naming the file when it is not such a record
     */
    public static RecordedIndex of(Path investigation) throws IOException {
        Path file = investigation.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IOException(file + ": not readable as JSON (" + e.getMessage() + ")", e);
        }
        String url = node.path("url").asText("");
        String index = node.path("index").asText("");
        if (url.isEmpty() || index.isEmpty()) {
            throw new IOException(file + ": expected {\"url\": ..., \"index\": ...} naming the investigation's OpenSearch index");
        }
        String investigationId = node.path("investigation").asText("");
        return new RecordedIndex(url, index, investigationId.isEmpty() ? null : investigationId, investigation);
    }

    /**
     * Opens the recorded index with the credentials and trust of {@code environment}.
     *
     * @throws IllegalArgumentException when the URL or a setting of the environment is wrong
     * @throws OpenSearchException as {@link OpenSearchIndex#open(ClusterAccess, String, String, String)} (also when the index
     *             holds another investigation's records)
     */
    public OpenSearchIndex open(Map<String, String> environment) throws OpenSearchException {
        return OpenSearchIndex.open(ClusterAccess.of(url, environment), index, investigation, folder == null ? null : folder.toString());
    }
}
