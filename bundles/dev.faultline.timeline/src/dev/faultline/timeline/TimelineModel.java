package dev.faultline.timeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

import dev.faultline.core.evidence.EvidenceRecord;
import dev.faultline.core.evidence.SourceRef;
import dev.faultline.index.TimelineEntries;
import dev.faultline.index.TimelineEntries.Curated;
import dev.faultline.index.TimelineEntries.Marks;
import dev.faultline.model.Evidence;
import dev.faultline.model.EvidenceRef;
import dev.faultline.model.Investigation;
import dev.faultline.model.RecordAnnotation;
import dev.faultline.model.TimelineEvent;

/**
 * What the investigation model contributes to the timeline, read from the model at one moment:
 * its timeline events (by index id, and by the evidence record they cite) and the analysts'
 * annotations of evidence records. A model event that cites a record of the index is shown as
 * that record (once, with the event's tags); any other is indexed as a record of its own
 * ({@link TimelineEntries#CURATED}).
 */
public final class TimelineModel {

    /** The source of events added by hand. */
    public static final String ANALYST = "analyst";
    /** Field names of a model event's record in the index and in exports. */
    public static final String EVENT_KIND = "eventKind";
    public static final String EVENT_SOURCE = "eventSource";
    public static final String COMMENT = "comment";
    private static final String SIGNATURE_VERSION = "1";

    private final Investigation investigation;
    private final Map<String, TimelineEvent> byId = new HashMap<>();
    private final Map<String, TimelineEvent> byCitedRecord = new HashMap<>();
    private final Map<String, RecordAnnotation> annotations = new HashMap<>();

    public TimelineModel(Investigation investigation) {
        this.investigation = investigation;
        for (TimelineEvent event : investigation.getTimelineEvents()) {
            byId.put(curatedId(event), event);
            String cited = citedRecordId(event);
            if (cited != null) {
                byCitedRecord.putIfAbsent(cited, event);
            }
        }
        for (RecordAnnotation a : investigation.getAnnotations()) {
            if (a.getRecordId() != null) {
                annotations.putIfAbsent(a.getRecordId(), a);
            }
        }
    }

    public Investigation investigation() {
        return investigation;
    }

    /** The index id of a model event indexed on its own: {@code event:<model id>}. */
    public static String curatedId(TimelineEvent event) {
        return TimelineEntries.CURATED_ID_PREFIX + modelId(event);
    }

    /** The object's id in the investigation (its xmi:id once it is in the investigation's resource). */
    public static String modelId(EObject object) {
        Resource resource = object.eResource();
        String fragment = resource == null ? null : resource.getURIFragment(object);
        if (fragment != null) {
            return fragment;
        }
        return Integer.toHexString(System.identityHashCode(object));
    }

    /** The index id of the evidence record a model event's first citation names, or {@code null}. */
    public static String citedRecordId(TimelineEvent event) {
        for (EvidenceRef ref : event.getCitations()) {
            String id = recordId(ref);
            if (id != null) {
                return id;
            }
        }
        return null;
    }

    /** The index id of the record a citation names, or {@code null} when it names no place. */
    public static String recordId(EvidenceRef ref) {
        Evidence e = ref.getEvidence();
        if (e == null || (ref.getLine() == null && ref.getByteOffset() == null && ref.getRecordId() == null)) {
            return null;
        }
        return TimelineEntries.recordId(sourceOf(ref));
    }

    static SourceRef sourceOf(EvidenceRef ref) {
        Evidence e = ref.getEvidence();
        return new SourceRef(e.getPath(), e.getSha256(), ref.getLine() == null ? 0 : ref.getLine(),
                ref.getByteOffset() == null ? -1 : ref.getByteOffset(), ref.getRecordId());
    }

    /** Every index id the model refers to: cited records and annotated records (to ask the index which exist). */
    public Set<String> referencedRecordIds() {
        Set<String> ids = new LinkedHashSet<>(byCitedRecord.keySet());
        ids.addAll(annotations.keySet());
        return ids;
    }

    /** The model events to index on their own: those whose cited record is not among {@code presentRecords}. */
    public List<Curated> curated(Set<String> presentRecords) {
        List<Curated> list = new ArrayList<>();
        for (TimelineEvent event : investigation.getTimelineEvents()) {
            String cited = citedRecordId(event);
            if (cited != null && presentRecords.contains(cited) && byCitedRecord.get(cited) == event) {
                continue;
            }
            list.add(new Curated(curatedId(event), recordOf(event), new Marks(event.getTags(), event.isStarred())));
        }
        return list;
    }

    /** Tags and stars of evidence records among {@code presentRecords}: their annotations and the events citing them. */
    public Map<String, Marks> marks(Set<String> presentRecords) {
        Map<String, Marks> marks = new LinkedHashMap<>();
        for (String id : presentRecords) {
            List<String> tags = new ArrayList<>();
            boolean starred = false;
            RecordAnnotation a = annotations.get(id);
            if (a != null) {
                tags.addAll(a.getTags());
                starred = a.isStarred();
            }
            TimelineEvent event = byCitedRecord.get(id);
            if (event != null) {
                tags.addAll(event.getTags());
                starred |= event.isStarred();
            }
            Marks m = new Marks(new ArrayList<>(new LinkedHashSet<>(tags)), starred);
            if (!m.isEmpty()) {
                marks.put(id, m);
            }
        }
        return marks;
    }

    /** A model event as an index record: kind {@value TimelineEntries#CURATED}, its own kind and source as fields. */
    public static EvidenceRecord recordOf(TimelineEvent event) {
        Map<String, String> fields = new LinkedHashMap<>();
        put(fields, EVENT_KIND, event.getKind());
        put(fields, EVENT_SOURCE, event.getSource());
        put(fields, "originalZone", event.getOriginalZone());
        if (!event.getTags().isEmpty()) {
            fields.put(EvidenceRecord.Fields.TAGS, String.join(",", event.getTags()));
        }
        if (!event.getComments().isEmpty()) {
            fields.put(COMMENT, String.join("\n", event.getComments()));
        }
        if (event.isReconstructed()) {
            fields.put("reconstructed", "true");
        }
        SourceRef source = null;
        for (EvidenceRef ref : event.getCitations()) {
            if (ref.getEvidence() != null) {
                source = sourceOf(ref);
                break;
            }
        }
        if (source == null) {
            source = new SourceRef(event.getSource() == null ? ANALYST : event.getSource(), null, 0, -1, null);
        }
        String host = event.getHost() == null ? null : event.getHost().getName();
        String message = event.getMessage() != null ? event.getMessage() : event.getKind() != null ? event.getKind() : "";
        String text = event.getOriginalTimestamp() != null ? event.getOriginalTimestamp()
                : event.getInstant() == null ? null : event.getInstant().toString();
        return new EvidenceRecord(event.getInstant(), text, host, TimelineEntries.CURATED, message, fields, null, source);
    }

    private static void put(Map<String, String> fields, String key, String value) {
        if (value != null && !value.isBlank()) {
            fields.put(key, value);
        }
    }

    /** A digest of what {@link #curated} and {@link #marks} give: equal digests, equal index entries. */
    public static String signature(List<Curated> curated, Map<String, Marks> marks) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            update(digest, SIGNATURE_VERSION);
            for (Curated c : curated) {
                EvidenceRecord r = c.record();
                update(digest, c.id(), String.valueOf(r.timestamp()), r.timestampText(), r.host(), r.message(), r.fields().toString(),
                        String.valueOf(r.source()), c.marks().toString());
            }
            for (Map.Entry<String, Marks> m : marks.entrySet()) {
                update(digest, m.getKey(), m.getValue().toString());
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    private static void update(MessageDigest digest, String... parts) {
        for (String part : parts) {
            digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
    }

    /** The row of an index record, with the model's event and annotations. */
    public TimelineRow row(String id, EvidenceRecord record) {
        TimelineEvent event = id.startsWith(TimelineEntries.CURATED_ID_PREFIX) ? byId.get(id) : byCitedRecord.get(baseId(id));
        RecordAnnotation a = annotations.get(id);
        List<String> tags = new ArrayList<>();
        List<String> comments = new ArrayList<>();
        boolean starred = false;
        if (event != null) {
            tags.addAll(event.getTags());
            comments.addAll(event.getComments());
            starred = event.isStarred();
        }
        if (a != null) {
            for (String t : a.getTags()) {
                if (!tags.contains(t)) {
                    tags.add(t);
                }
            }
            comments.addAll(a.getComments());
            starred |= a.isStarred();
        }
        return new TimelineRow(id, record, event, tags, starred, comments);
    }

    private static String baseId(String id) {
        int dot = id.lastIndexOf('.');
        int hash = id.lastIndexOf('#');
        if (dot <= hash || hash < 0) {
            return id;
        }
        for (int i = dot + 1; i < id.length(); i++) {
            if (!Character.isDigit(id.charAt(i))) {
                return id;
            }
        }
        return id.substring(0, dot);
    }

    /** Whether the model adds to the row of an index id: an event of its own or citing the record, or an annotation. */
    public boolean mentions(String id) {
        if (byId.isEmpty() && byCitedRecord.isEmpty() && annotations.isEmpty()) {
            return false;
        }
        return event(id) != null || annotations.containsKey(id);
    }

    /** The annotation of an evidence record, or {@code null}. */
    public RecordAnnotation annotation(String recordId) {
        return annotations.get(recordId);
    }

    /** The model event of a row id (curated or citing the record), or {@code null}. */
    public TimelineEvent event(String id) {
        return id.startsWith(TimelineEntries.CURATED_ID_PREFIX) ? byId.get(id) : byCitedRecord.get(baseId(id));
    }
}
