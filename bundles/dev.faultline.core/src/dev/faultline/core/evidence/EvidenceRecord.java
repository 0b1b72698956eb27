package dev.faultline.core.evidence;

import java.time.Instant;
import java.util.Map;

/**
 * One record read from an evidence file, in the form every importer produces and the search
 * index consumes: a log line, an event, a crash analysis, a driver entry, a timeline row.
 *
 * @param timestamp the instant in UTC, or {@code null} when the record carries none
 * @param timestampText the timestamp exactly as written in the source (zone kept), or {@code null}
 * @param host the host name the record is about, or {@code null}
 * @param kind what the record is, lower-case, e.g. {@code crash}, {@code event}, {@code driver},
 *            {@code log}, {@code timeline}, {@code host}, {@code update}
 * @param message one human-readable line summarising the record (never {@code null})
 * @param fields every other named value, in source order; keys are the format's own names or
 *            the well-known ones in {@link Fields}
 * @param rawText the record's original text where the format is textual, else {@code null}
 * @param source where it came from
 */
public record EvidenceRecord(Instant timestamp, String timestampText, String host, String kind,
        String message, Map<String, String> fields, String rawText, SourceRef source) {

    /** Well-known field names shared by importers and the index. */
    public static final class Fields {
        public static final String EVENT_ID = "eventId";
        public static final String PROVIDER = "provider";
        public static final String LEVEL = "level";
        public static final String CHANNEL = "channel";
        public static final String BUGCHECK = "bugcheckCode";
        public static final String MODULE = "module";
        public static final String FAILURE_BUCKET = "failureBucketId";
        public static final String TAGS = "tags";

        private Fields() {
        }
    }
}
