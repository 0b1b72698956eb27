package dev.faultline.index;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The fields of the evidence index and the names users may type for them in a query.
 * Keyword fields are lower-cased; {@link #TIME} and {@link #LINE} are numeric.
 */
public final class IndexFields {

    /** Full text: the record's message, its raw text when different, and the values of its fields, one per line; stored with offsets. The default field. */
    public static final String MESSAGE = "message";
    /** Accepted in queries as {@link #MESSAGE}: the raw text is part of the message field. */
    public static final String RAW = "raw";
    /** Epoch milliseconds (UTC): points for ranges, doc values for sorting, stored. */
    public static final String TIME = "time";
    public static final String HOST = "host";
    public static final String KIND = "kind";
    /** Evidence file: its path as recorded and its file name, both searchable. */
    public static final String SOURCE = "source";
    public static final String SHA256 = "sha256";
    public static final String LINE = "line";
    public static final String OFFSET = "offset";
    public static final String RECORD_ID = "recordid";
    /** Windows event id. */
    public static final String EVENT = "event";
    public static final String PROVIDER = "provider";
    public static final String CHANNEL = "channel";
    public static final String LEVEL = "level";
    /** Bugcheck code normalised to {@code 0x} + hex digits without leading zeros, e.g. {@code 0x50}. */
    public static final String BUGCHECK = "bugcheck";
    /** Module name, lower-case, with and without its extension ({@code csagent.sys}, {@code csagent}). */
    public static final String MODULE = "module";
    public static final String BUCKET = "bucket";
    public static final String TAG = "tag";
    /** {@code true} on records and timeline events an analyst starred (see {@link TimelineEntries}). */
    public static final String STARRED = "starred";
    /** The hit id (see {@link SearchHit#id()}). */
    public static final String ID = "id";

    /** Stored only: the record's timestamp text and its other fields. */
    static final String TIME_TEXT = "timetext";
    static final String FIELDS = "fields";
    /** Internal: insertion sequence number, the tie-breaker of every sort (doc values). */
    static final String SEQ = "seq";

    /** Facet dimensions, in display order. */
    public static final String[] FACETS = { HOST, KIND, MODULE, BUGCHECK, EVENT, SOURCE };

    private static final Map<String, String> ALIASES = new LinkedHashMap<>();

    static {
        alias(MESSAGE, "message", "msg", "text");
        alias(HOST, "host", "hostname", "computer");
        alias(KIND, "kind", "type");
        alias(SOURCE, "source", "src", "file", "evidence");
        alias(SHA256, "sha256", "sha", "hash");
        alias(LINE, "line");
        alias(EVENT, "event", "eventid", "event_id");
        alias(PROVIDER, "provider");
        alias(CHANNEL, "channel");
        alias(LEVEL, "level", "severity");
        alias(BUGCHECK, "bugcheck", "bugcheckcode", "bug");
        alias(MODULE, "module", "mod", "driver", "image");
        alias(BUCKET, "bucket", "failure", "failurebucket", "failure_bucket", "failurebucketid");
        alias(TAG, "tag", "tags");
        alias(CrashFields.SYMBOL_TERM, "symbol", "symbolname", "symbol_name");
        alias(CrashFields.FRAME_TERM, "frame", "frames", "stack");
        alias(STARRED, "starred", "star");
        alias(TIME, "time", "timestamp", "date");
        alias(ID, "id");
    }

    private IndexFields() {
    }

    private static void alias(String field, String... names) {
        for (String name : names) {
            ALIASES.put(name, field);
        }
    }

    /** The field a name typed in a query stands for (case-insensitive), or {@code null} if unknown. */
    public static String resolve(String typed) {
        return ALIASES.get(typed.toLowerCase(Locale.ROOT));
    }

    /** Every name a user may type, for messages and completion. */
    public static Set<String> typedNames() {
        return ALIASES.keySet();
    }

    /** Whether a field is analysed as full text (tokenised) rather than as one keyword. */
    public static boolean isFullText(String field) {
        return MESSAGE.equals(field) || RAW.equals(field);
    }
}
