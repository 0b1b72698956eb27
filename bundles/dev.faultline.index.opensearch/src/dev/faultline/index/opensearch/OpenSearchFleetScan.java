package dev.faultline.index.opensearch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.faultline.core.evidence.EvidenceRecord;
import dev.faultline.core.evidence.SourceRef;
import dev.faultline.index.CrashShape;
import dev.faultline.index.FleetReader;
import dev.faultline.index.FleetScan;
import dev.faultline.index.IndexCanceledException;
import dev.faultline.index.IndexFields;
import dev.faultline.index.IndexProgress;
import dev.faultline.index.opensearch.internal.ClusterClient;
import dev.faultline.index.opensearch.internal.DocumentJson;
import dev.faultline.index.opensearch.internal.FieldNames;
import dev.faultline.index.opensearch.internal.FleetPages;

/**
 * The analyses' fleet reads ({@link FleetReader}) of an investigation's index on a cluster, from the
 * same keyword fields the embedded index keeps as doc values ({@code fleet_crash_*}, {@code fleet_host},
 * {@code fleet_update}; kept with doc values on the cluster too): crashes page by page in the embedded
 * index's order (newest first) with {@code docvalue_fields} (only a time and a host hash per crash are kept), updates per host
 * and boot events per host as composite aggregations. Shapes, counts, hosts and example records are the
 * embedded {@link FleetScan}'s.
 */
public final class OpenSearchFleetScan implements FleetReader {

    private static final String[] CRASH = { "fleet_crash_bucket", "fleet_crash_module", "fleet_crash_image", "fleet_crash_bugcheck",
        "fleet_crash_stack" };
    private static final String HOST = "fleet_host";
    private static final String UPDATE = "fleet_update";
    private static final String[] BOOT_EVENTS = { "41", "6008", "1001" };
    private static final int CHECK_EVERY = 1 << 14;

    private final FleetPages pages;

    public OpenSearchFleetScan(OpenSearchIndex index) {
        this.pages = new FleetPages(index.client(), index.name());
    }

    private static ObjectNode term(String field, String value) {
        ObjectNode term = ClusterClient.JSON.createObjectNode();
        term.putObject("term").put(field, value);
        return term;
    }

    private static ObjectNode exists(String field) {
        ObjectNode exists = ClusterClient.JSON.createObjectNode();
        exists.putObject("exists").put("field", field);
        return exists;
    }

    private static String value(JsonNode fields, String field) {
        JsonNode values = fields.path(field);
        return values.isArray() && !values.isEmpty() ? values.get(0).asText() : null;
    }

    // ---- crashes --------------------------------------------------------------------------------

    @Override
    public List<CrashShape> crashShapes(IndexProgress progress) throws IOException {
        Map<List<String>, Shape> shapes = new LinkedHashMap<>();
        Map<String, Long> hostHashes = new HashMap<>();
        List<String> docValues = new ArrayList<>(List.of(CRASH));
        docValues.add(HOST);
        docValues.add(FieldNames.of(IndexFields.TIME));
        long[] seen = { 0 };
        pages.eachHit(List.of(term(FieldNames.of(IndexFields.KIND), "crash")), docValues, false, hit -> {
            JsonNode fields = hit.path("fields");
            List<String> key = new ArrayList<>(CRASH.length);
            for (String field : CRASH) {
                key.add(value(fields, field));
            }
            String time = value(fields, FieldNames.of(IndexFields.TIME));
            String host = value(fields, HOST);
            long hash = host == null ? 0 : hostHashes.computeIfAbsent(host, FleetScan::hostHash);
            shapes.computeIfAbsent(key, Shape::new).add(time == null ? Long.MIN_VALUE : Long.parseLong(time), host != null, hash,
                    hit.path("_id").asText());
            if (++seen[0] % CHECK_EVERY == 0) {
                progress.indexed(seen[0]);
                if (progress.isCanceled()) {
                    throw new IndexCanceledException(seen[0]);
                }
            }
        });
        Set<String> exampleIds = new TreeSet<>();
        shapes.values().forEach(shape -> shape.exampleIds().forEach(exampleIds::add));
        Map<String, EvidenceRecord> examples = pages.records(exampleIds);
        List<CrashShape> result = new ArrayList<>(shapes.size());
        for (Shape shape : shapes.values()) {
            result.add(shape.build(examples));
        }
        return result;
    }

    /** One crash shape being read, as the embedded scan builds it (the first earliest and first latest crash are its examples). */
    private static final class Shape {
        private final List<String> key;
        private final List<Long> times = new ArrayList<>();
        private final Set<Long> hosts = new TreeSet<>();
        private long count;
        private long untimed;
        private long earliest = Long.MAX_VALUE;
        private long latest = Long.MIN_VALUE;
        private String earliestId;
        private String latestId;

        Shape(List<String> key) {
            this.key = key;
        }

        void add(long time, boolean hasHost, long host, String id) {
            count++;
            if (time == Long.MIN_VALUE) {
                untimed++;
                if (earliestId == null) {
                    earliestId = id;
                }
            } else {
                times.add(time);
                if (time < earliest) {
                    earliest = time;
                    earliestId = id;
                }
                if (time > latest) {
                    latest = time;
                    latestId = id;
                }
            }
            if (hasHost) {
                hosts.add(host);
            }
        }

        List<String> exampleIds() {
            List<String> ids = new ArrayList<>(2);
            if (earliestId != null) {
                ids.add(earliestId);
            }
            if (latestId != null && !latestId.equals(earliestId)) {
                ids.add(latestId);
            }
            return ids;
        }

        CrashShape build(Map<String, EvidenceRecord> records) {
            List<SourceRef> examples = new ArrayList<>(2);
            for (String id : exampleIds()) {
                EvidenceRecord record = records.get(id);
                if (record != null) {
                    examples.add(record.source());
                }
            }
            long[] sortedTimes = times.stream().mapToLong(Long::longValue).toArray();
            Arrays.sort(sortedTimes);
            return new CrashShape(key.get(0), key.get(1), key.get(2), key.get(3), key.get(4), count, sortedTimes,
                    hosts.stream().mapToLong(Long::longValue).toArray(), untimed, List.copyOf(examples));
        }
    }

    // ---- updates, boot events, hosts, records ---------------------------------------------------

    @Override
    public Map<String, long[]> updateReceipts() throws IOException {
        Map<String, Set<Long>> receipts = new HashMap<>();
        pages.eachComposite(List.of(term(FieldNames.of(IndexFields.KIND), "update")), List.of(UPDATE, HOST),
                (key, count) -> receipts.computeIfAbsent(key.get(0), k -> new TreeSet<>()).add(FleetScan.hostHash(key.get(1))));
        Map<String, long[]> result = new HashMap<>();
        receipts.forEach((update, hosts) -> result.put(update, hosts.stream().mapToLong(Long::longValue).toArray()));
        return result;
    }

    @Override
    public FleetScan.BootEvents bootEvents() throws IOException {
        Map<Long, int[]> perHost = new HashMap<>();
        Map<String, List<SourceRef>> examples = new LinkedHashMap<>();
        for (int e = 0; e < BOOT_EVENTS.length; e++) {
            int event = e;
            List<ObjectNode> filter = List.of(term(FieldNames.of(IndexFields.EVENT), BOOT_EVENTS[e]), exists(HOST));
            pages.eachComposite(filter, List.of(HOST),
                    (key, count) -> perHost.computeIfAbsent(FleetScan.hostHash(key.get(0)), k -> new int[3])[event] += (int) count);
            examples.put(BOOT_EVENTS[e], pages.first(filter, 3).stream().map(EvidenceRecord::source).toList());
        }
        return new FleetScan.BootEvents(perHost, examples);
    }

    @Override
    public Map<Long, String> hostNames(long[] sortedHashes) throws IOException {
        Map<Long, String> names = new HashMap<>();
        pages.eachComposite(List.of(exists(HOST)), List.of(HOST), (key, count) -> {
            long hash = FleetScan.hostHash(key.get(0));
            if (Arrays.binarySearch(sortedHashes, hash) >= 0) {
                names.putIfAbsent(hash, key.get(0));
            }
        });
        return names;
    }

    @Override
    public void forEachRecord(String kind, Consumer<EvidenceRecord> action) throws IOException {
        pages.eachHit(List.of(term(FieldNames.of(IndexFields.KIND), kind.strip().toLowerCase(Locale.ROOT))), List.of(), true,
                hit -> action.accept(DocumentJson.record(hit.path("_source").path(FieldNames.RECORD))));
    }
}
