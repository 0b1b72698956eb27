package dev.faultline.index.opensearch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.faultline.core.evidence.EvidenceRecord;
import dev.faultline.index.EvidenceSearch;
import dev.faultline.index.IndexCanceledException;
import dev.faultline.index.IndexProgress;
import dev.faultline.index.IndexUpdate;
import dev.faultline.index.IndexedDocument;
import dev.faultline.index.QuerySyntaxException;
import dev.faultline.index.RecordIds;
import dev.faultline.index.SearchOptions;
import dev.faultline.index.SearchResult;
import dev.faultline.index.opensearch.OpenSearchException.Problem;
import dev.faultline.index.opensearch.internal.BulkLoader;
import dev.faultline.index.opensearch.internal.ClusterClient;
import dev.faultline.index.opensearch.internal.EarlierRecords;
import dev.faultline.index.opensearch.internal.EvidenceState;
import dev.faultline.index.opensearch.internal.FieldNames;
import dev.faultline.index.opensearch.internal.IndexLayout;
import dev.faultline.index.opensearch.internal.SearchRequest;

/**
 * An investigation's evidence index as a named index on an OpenSearch cluster: the same
 * {@link EvidenceSearch} contract as the embedded index, the same terms (built on the client by
 * {@link IndexedDocument}), the same query parser (its Lucene query translated to the query DSL).
 * <p>
 * The name is an alias of the index that holds the records ({@code NAME-<millis>}): a
 * {@link #rebuild rebuild} loads a new index beside it and switches the alias at once when every
 * record is in and every replica placed, so searches see the old records until then and a failed
 * or interrupted rebuild leaves the old index as it was. {@link #add} writes into the current index
 * under stable document ids (the hit ids); which evidence files the index holds completely, and which
 * a write began and did not finish, is kept in the index's mapping ({@link EvidenceState}), so an
 * interrupted add is known and is indexed again or removed by the investigation's next writer.
 */
public final class OpenSearchIndex implements EvidenceSearch {

    /** The index name when none is given. */
    public static final String DEFAULT_NAME = "faultline";

    private static final Pattern INDEX_NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,199}");
    private static final int PROGRESS_INTERVAL = 1000;

    private final ClusterClient client;
    private final String name;

    private OpenSearchIndex(ClusterClient client, String name) {
        this.client = client;
        this.name = name;
    }

    /**
     * Opens the Faultline index {@code name} on the cluster.
     *
     * @throws OpenSearchException when the cluster cannot be reached, refuses the credentials, has no
     *             such index, or the index is not Faultline's
     */
    public static OpenSearchIndex open(ClusterAccess access, String name) throws OpenSearchException {
        return open(access, name, null, null);
    }

    /**
     * Opens the Faultline index {@code name} for the investigation {@code investigation} ({@link IndexOwner#id()}, or
     * {@code null} for one recorded before indexes had owners) in folder {@code folder}.
     *
     * @throws OpenSearchException as {@link #open(ClusterAccess, String)}, and {@link Problem#OTHER_INVESTIGATION} when the
     *             index holds the records of another investigation
     */
    public static OpenSearchIndex open(ClusterAccess access, String name, String investigation, String folder) throws OpenSearchException {
        checkName(name);
        ClusterClient client = new ClusterClient(access);
        OpenSearchIndex index = new OpenSearchIndex(client, name);
        Target target = index.target();
        if (target == null) {
            throw new OpenSearchException(Problem.MISSING_INDEX, "the OpenSearch cluster at " + access + " has no index '" + name
                    + "'; create it with 'faultline index --case DIR --opensearch " + access + " --index " + name + "'", null);
        }
        if (investigation != null || folder != null) {
            index.checkOwner(target, investigation, folder);
        }
        return index;
    }

    /** Refuses an index that another investigation's records are in (an index without an owner is anyone's). */
    private void checkOwner(Target target, String investigation, String folder) throws OpenSearchException {
        for (IndexOwner owner : target.owners()) {
            if (owner != null && !owner.id().equals(investigation)) {
                throw new OpenSearchException(Problem.OTHER_INVESTIGATION, "the OpenSearch index '" + name + "' on " + client.access()
                        + " holds the records of another investigation (" + owner.describe() + ")"
                        + (folder == null ? "" : ", not of the one in " + folder)
                        + "; give this investigation its own index with 'faultline index --case DIR --opensearch " + client.access()
                        + " --index OTHER-NAME'", null);
            }
        }
    }

    /**
     * Builds (or rebuilds) the Faultline index {@code name} on the cluster from {@code source}, creating it
     * when missing; see the class comment for why an interrupted rebuild loses nothing.
     *
     * @param shape shards and replicas of the new index, or {@code null} for {@link IndexShape#forDataNodes}
     * @throws OpenSearchException as {@link #open}, except for a missing index
     * @throws IndexCanceledException when cancelled (the old index stays)
     */
    public static IndexUpdate build(ClusterAccess access, String name, IndexShape shape, Supplier<Stream<EvidenceRecord>> source,
            IndexProgress progress) throws IOException {
        return build(access, name, shape, null, source, progress);
    }

    /**
     * As {@link #build(ClusterAccess, String, IndexShape, Supplier, IndexProgress)}, for the investigation {@code owner}
     * (recorded in the index's mapping).
     *
     * @throws OpenSearchException {@link Problem#OTHER_INVESTIGATION} when an index of that name holds another investigation's
     *             records (nothing is changed)
     */
    public static IndexUpdate build(ClusterAccess access, String name, IndexShape shape, IndexOwner owner, Supplier<Stream<EvidenceRecord>> source,
            IndexProgress progress) throws IOException {
        checkName(name);
        try (OpenSearchIndex index = new OpenSearchIndex(new ClusterClient(access), name)) {
            return index.rebuild(source, progress, shape, owner);
        }
    }

    static void checkName(String name) throws OpenSearchException {
        if (name == null || !INDEX_NAME.matcher(name).matches() || name.contains("..")) {
            throw new OpenSearchException(Problem.REQUEST_FAILED, "'" + name + "' cannot name an OpenSearch index: use lower-case letters, digits, '-', '_' and '.', starting with a letter or digit", null);
        }
    }

    /** The index name (an alias on the cluster). */
    public String name() {
        return name;
    }

    /** The cluster. */
    public ClusterAccess access() {
        return client.access();
    }

    ClusterClient client() {
        return client;
    }

    /** The indexes behind the name, their owners ({@code null}: none recorded), and whether the name is an alias; {@code null} when nothing has the name. */
    private record Target(List<String> indexes, List<IndexOwner> owners, boolean alias) {
        String writeIndex(String name) throws OpenSearchException {
            if (indexes.size() != 1) {
                throw new OpenSearchException(Problem.FOREIGN_INDEX, "the alias '" + name + "' points to " + indexes.size()
                        + " indexes; Faultline writes to an alias of exactly one", null);
            }
            return indexes.get(0);
        }
    }

    /** Looks the name up and checks that whatever has it is Faultline's. */
    private Target target() throws OpenSearchException {
        ClusterClient.Response response = client.send("GET", "/" + name + "/_mapping", null);
        if (response.status() == 404) {
            return null;
        }
        if (!response.ok()) {
            throw client.failure(response, "read the mapping of index '" + name + "'");
        }
        List<String> indexes = new ArrayList<>();
        List<IndexOwner> owners = new ArrayList<>();
        Iterator<String> names = response.body().fieldNames();
        while (names.hasNext()) {
            String index = names.next();
            int layout = IndexLayout.layoutOf(response.body().get(index));
            if (layout != IndexLayout.LAYOUT) {
                throw new OpenSearchException(Problem.FOREIGN_INDEX, "the OpenSearch index '" + index + "'" + (index.equals(name) ? "" : " (alias '" + name + "')")
                        + " on " + client.access() + (layout < 0 ? " was not made by Faultline (its mapping has no _meta.faultline.layout)"
                                : " has Faultline layout " + layout + ", this Faultline reads " + IndexLayout.LAYOUT)
                        + "; choose another --index, or rebuild it with 'faultline index --opensearch' after deleting it", null);
            }
            indexes.add(index);
            owners.add(IndexOwner.of(IndexLayout.ownerOf(response.body().get(index))));
        }
        return new Target(indexes, owners, !(indexes.size() == 1 && indexes.get(0).equals(name)));
    }

    // ---- searching ----------------------------------------------------------------------------

    @Override
    public SearchResult search(String query, SearchOptions options) throws QuerySyntaxException, IOException {
        return new SearchRequest(client, name, query, options).run();
    }

    @Override
    public long documentCount() throws IOException {
        return client.require("GET", "/" + name + "/_count", null, "count the records of index '" + name + "'").path("count").asLong();
    }

    // ---- writing ------------------------------------------------------------------------------

    @Override
    public IndexUpdate add(Stream<EvidenceRecord> records, IndexProgress progress) throws IOException {
        return write(records.iterator(), progress, null);
    }

    @Override
    public IndexUpdate addEvidence(String sha256, Stream<EvidenceRecord> records, IndexProgress progress) throws IOException {
        return write(records.iterator(), progress, sha256.toLowerCase(Locale.ROOT));
    }

    /**
     * Adds records under stable ids, then deletes the earlier records of their files: each file is marked
     * unfinished before its first record is sent and held once its earlier records are gone. A failed or
     * cancelled run takes its files' records out (the earlier ones too: stable ids overwrote some of them)
     * and unmarks them; when even that fails they stay unfinished ({@link EvidenceState}).
     */
    private IndexUpdate write(Iterator<EvidenceRecord> records, IndexProgress progress, String evidence) throws IOException {
        long started = System.nanoTime();
        String index = writeIndex();
        EvidenceState state = EvidenceState.read(client, index);
        long firstSeq = nextSeq();
        Set<String> sources = new LinkedHashSet<>();
        if (evidence != null) {
            sources.add(evidence);
            state.begin(sources);
        }
        boolean done = false;
        try {
            long count = load(index, records, firstSeq, progress, key -> {
                if (sources.add(key)) {
                    state.begin(List.of(key));
                }
            });
            client.require("POST", "/" + index + "/_refresh", null, "refresh index '" + index + "'");
            for (String sourceKey : sources) {
                // the records of an evidence file indexed again replace the earlier ones
                new EarlierRecords(client, index).delete(sourceKey, firstSeq);
            }
            client.require("POST", "/" + index + "/_refresh", null, "refresh index '" + index + "'");
            state.finish(sources);
            done = true;
            return new IndexUpdate(count, documentCount(), (System.nanoTime() - started) / 1_000_000);
        } finally {
            if (!done) {
                takeOut(index, state, sources);
            }
        }
    }

    /** After a failed write: deletes every record of its files and unmarks them, as far as the cluster lets it (best effort). */
    private void takeOut(String index, EvidenceState state, Set<String> sources) {
        try {
            client.send("POST", "/" + index + "/_refresh", null);
            for (String sourceKey : sources) {
                new EarlierRecords(client, index).deleteAll(sourceKey);
            }
            client.require("POST", "/" + index + "/_refresh", null, "refresh index '" + index + "'");
            state.forget(sources);
        } catch (OpenSearchException | RuntimeException e) {
            // the files stay marked unfinished: the next writer of the investigation indexes them again or removes them
        }
    }

    @Override
    public IndexUpdate removeEvidence(Collection<String> sha256s) throws IOException {
        long started = System.nanoTime();
        String index = writeIndex();
        EvidenceState state = EvidenceState.read(client, index);
        List<String> keys = sha256s.stream().map(sha -> sha.startsWith("path:") ? sha : sha.toLowerCase(Locale.ROOT)).toList();
        state.begin(keys);
        for (String key : keys) {
            new EarlierRecords(client, index).deleteAll(key);
        }
        client.require("POST", "/" + index + "/_refresh", null, "refresh index '" + index + "'");
        state.forget(keys);
        return new IndexUpdate(0, documentCount(), (System.nanoTime() - started) / 1_000_000);
    }

    @Override
    public Set<String> heldEvidence() throws IOException {
        return EvidenceState.read(client, writeIndex()).held();
    }

    @Override
    public Set<String> unfinishedEvidence() throws IOException {
        return EvidenceState.read(client, writeIndex()).unfinished();
    }

    /** The concrete index the name stands for (writes go there). */
    String writeIndex() throws OpenSearchException {
        Target target = target();
        if (target == null) {
            throw new OpenSearchException(Problem.MISSING_INDEX, "the OpenSearch cluster at " + client.access() + " has no index '" + name + "'", null);
        }
        return target.writeIndex(name);
    }

    @Override
    public IndexUpdate rebuild(Supplier<Stream<EvidenceRecord>> source, IndexProgress progress) throws IOException {
        return rebuild(source, progress, null, null);
    }

    private IndexUpdate rebuild(Supplier<Stream<EvidenceRecord>> source, IndexProgress progress, IndexShape requested, IndexOwner owner)
            throws IOException {
        long started = System.nanoTime();
        Target old = target();
        if (old != null && owner != null) {
            checkOwner(old, owner.id(), owner.folder());
        }
        // a rebuild keeps the owner the index had; a build for an investigation records it
        IndexOwner kept = owner != null ? owner : old == null ? null : old.owners().stream().filter(java.util.Objects::nonNull).findFirst().orElse(null);
        if (old != null && !old.alias()) {
            throw new OpenSearchException(Problem.FOREIGN_INDEX, "'" + name + "' on " + client.access()
                    + " is an index, not an alias; Faultline keeps its records in an index behind an alias of that name, so that a rebuild"
                    + " replaces them at once: delete the index '" + name + "' or choose another --index", null);
        }
        IndexShape shape = requested != null ? requested : IndexShape.forDataNodes(dataNodes());
        String index = name + "-" + System.currentTimeMillis();
        client.require("PUT", "/" + index, IndexLayout.createBody(shape.shards(), 0, kept == null ? null : kept.toJson()).toString(),
                "create index '" + index + "'");
        boolean switched = false;
        Set<String> sources = new LinkedHashSet<>();
        try {
            long count;
            try (Stream<EvidenceRecord> records = source.get()) {
                count = load(index, records.iterator(), 0, progress, sources::add);
            }
            EvidenceState.empty(client, index, kept == null ? null : kept.toJson()).finish(sources);
            ObjectNode settings = ClusterClient.JSON.createObjectNode();
            settings.putObject("index").put("number_of_replicas", shape.replicas()).put("refresh_interval", "1s");
            client.require("PUT", "/" + index + "/_settings", settings.toString(), "set the replicas of index '" + index + "'");
            client.require("POST", "/" + index + "/_refresh", null, "refresh index '" + index + "'");
            JsonNode health = client.require("GET", "/_cluster/health/" + index + "?wait_for_status=green&timeout=300s", null,
                    "wait for the replicas of index '" + index + "'");
            if (health.path("timed_out").asBoolean(false)) {
                throw new OpenSearchException(Problem.REQUEST_FAILED, "the cluster at " + client.access() + " did not place all " + shape.replicas()
                        + " replica(s) of each shard of '" + index + "' within 5 minutes (status " + health.path("status").asText()
                        + "); the old index stays", null);
            }
            ObjectNode aliases = ClusterClient.JSON.createObjectNode();
            var actions = aliases.putArray("actions");
            if (old != null) {
                for (String previous : old.indexes()) {
                    actions.addObject().putObject("remove").put("index", previous).put("alias", name);
                }
            }
            actions.addObject().putObject("add").put("index", index).put("alias", name);
            client.require("POST", "/_aliases", aliases.toString(), "point alias '" + name + "' to the rebuilt index '" + index + "'");
            switched = true;
            if (old != null) {
                for (String previous : old.indexes()) {
                    client.send("DELETE", "/" + previous, null);
                }
            }
            return new IndexUpdate(count, documentCount(), (System.nanoTime() - started) / 1_000_000);
        } finally {
            if (!switched) {
                client.send("DELETE", "/" + index, null); // best effort: the alias still names the old index
            }
        }
    }

    /** What a load tells about each record's evidence file before the record is sent. */
    @FunctionalInterface
    private interface SourceSeen {
        void seen(String sourceKey) throws OpenSearchException;
    }

    private long load(String index, Iterator<EvidenceRecord> records, long firstSeq, IndexProgress progress, SourceSeen sources)
            throws IOException {
        RecordIds ids = new RecordIds();
        long seq = firstSeq;
        long count = 0;
        String lastKey = null;
        try (BulkLoader bulk = new BulkLoader(client, index)) {
            while (records.hasNext()) {
                EvidenceRecord record = records.next();
                String key = RecordIds.sourceKey(record.source());
                if (!key.equals(lastKey)) {
                    sources.seen(key);
                    lastKey = key;
                }
                bulk.add(IndexedDocument.of(record, ids.next(record.source()), seq++));
                count++;
                if (count % PROGRESS_INTERVAL == 0) {
                    progress.indexed(count);
                    if (progress.isCanceled()) {
                        throw new IndexCanceledException(count);
                    }
                }
            }
            bulk.finish();
        }
        if (progress.isCanceled()) {
            throw new IndexCanceledException(count);
        }
        progress.indexed(count);
        return count;
    }

    /** The insertion number after the last one in the index. */
    long nextSeq() throws OpenSearchException {
        ObjectNode body = ClusterClient.JSON.createObjectNode();
        body.put("size", 0);
        body.putObject("aggs").putObject("last").putObject("max").put("field", FieldNames.SEQ);
        JsonNode last = client.require("POST", "/" + name + "/_search", body.toString(), "read the last sequence number of index '" + name + "'")
                .path("aggregations").path("last").path("value");
        return last.isNumber() ? last.asLong() + 1 : 0;
    }

    private int dataNodes() throws OpenSearchException {
        return client.require("GET", "/_cluster/health", null, "read the cluster's health").path("number_of_data_nodes").asInt(1);
    }

    @Override
    public void close() {
        // the HTTP client holds no connection a caller must release
    }

    @Override
    public String toString() {
        return "index '" + name + "' on " + client.access();
    }
}
