package dev.faultline.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.faultline.index.EvidenceIndex;
import dev.faultline.index.EvidenceSearch;
import dev.faultline.index.opensearch.ClusterAccess;
import dev.faultline.index.opensearch.OpenSearchIndex;
import dev.faultline.index.opensearch.RecordedIndex;

/**
 * Which index an investigation uses: the embedded one in {@code DIR/index/} (the default), or a named
 * index on an OpenSearch cluster, recorded in {@code DIR/opensearch.json} as {@code {"url", "index"}}
 * by {@code faultline index --case DIR --opensearch URL}. Credentials and TLS trust are never recorded:
 * they come from the environment of each command ({@link ClusterAccess}).
 */
public final class IndexLocation {

    /** The file that names an investigation's OpenSearch index. */
    public static final String FILE = RecordedIndex.FILE;

    /** Made when first needed: a search of an embedded index (the common case) reads no JSON. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    /**
     * An OpenSearch index an investigation uses.
     *
     * @param investigation the investigation's id in the index's mapping ({@code IndexOwner}), or {@code null} when recorded
     *            before indexes had owners
     */
    public record OpenSearch(String url, String index, String investigation) {
    }

    private IndexLocation() {
    }

    /** The OpenSearch index recorded for the investigation, or {@code null} when it uses the embedded index. */
    public static OpenSearch recorded(Path investigation) throws BadInputException {
        try {
            RecordedIndex recorded = RecordedIndex.of(investigation);
            return recorded == null ? null : new OpenSearch(recorded.url(), recorded.index(), recorded.investigation());
        } catch (IOException e) {
            throw new BadInputException(e.getMessage(), e);
        }
    }

    /** Records that the investigation uses an OpenSearch index (written atomically). */
    public static void record(Path investigation, OpenSearch openSearch) throws IOException {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("url", openSearch.url());
        fields.put("index", openSearch.index());
        if (openSearch.investigation() != null) {
            fields.put("investigation", openSearch.investigation());
        }
        String text = Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(fields) + "\n";
        Path file = investigation.resolve(FILE);
        Path tmp = investigation.resolve(FILE + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the investigation use its embedded index again; returns what it used before, or {@code null}. */
    public static OpenSearch forget(Path investigation) throws IOException, BadInputException {
        OpenSearch before = recorded(investigation);
        Files.deleteIfExists(investigation.resolve(FILE));
        return before;
    }

    /** The cluster of a URL with the credentials and trust of the environment; a bad setting is bad input. */
    public static ClusterAccess access(String url, Map<String, String> environment) throws BadInputException {
        try {
            return ClusterAccess.of(url, environment);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage(), e);
        }
    }

    /**
     * Opens the investigation's OpenSearch index, refusing one that holds another investigation's records.
     *
     * @throws BadInputException when the cluster settings in the environment are wrong
     */
    public static OpenSearchIndex open(Path investigation, OpenSearch openSearch) throws BadInputException, IOException {
        return OpenSearchIndex.open(access(openSearch.url(), System.getenv()), openSearch.index(), openSearch.investigation(),
                investigation.toString());
    }

    /**
     * Opens the index the investigation uses for searching: its OpenSearch index when one is recorded,
     * else {@code DIR/index}.
     *
     * @throws BadInputException when the embedded index is missing, or the recorded file or cluster settings are wrong
     * @throws IOException when the index cannot be opened (an unreachable cluster is an
     *             {@link dev.faultline.index.opensearch.OpenSearchException})
     */
    public static EvidenceSearch openForSearch(Path investigation, String caseDir) throws BadInputException, IOException {
        OpenSearch openSearch = recorded(investigation);
        if (openSearch != null) {
            return open(investigation, openSearch);
        }
        Path indexDir = investigation.resolve("index");
        if (!Files.isDirectory(indexDir)) {
            throw new BadInputException("no evidence index in " + indexDir + "; build it with 'faultline index --case " + caseDir + "'");
        }
        return EvidenceIndex.openForOneSearch(indexDir); // one search, then the process ends
    }
}
