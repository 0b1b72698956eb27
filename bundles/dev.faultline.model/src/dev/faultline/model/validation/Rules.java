package dev.faultline.model.validation;

/** Ids of the validation rules, as reported in {@link Problem#rule()}. */
public final class Rules {
    /** Structural checks of EMF itself (multiplicities, enum values, data values). */
    public static final String STRUCTURE = "model.structure";
    public static final String INVESTIGATION_TITLE = "investigation.title-required";
    public static final String INVESTIGATION_TIME_ZONE = "investigation.time-zone-valid";
    public static final String INCIDENT_TIMES_ORDERED = "incident.times-ordered";
    public static final String UPDATE_REVERTED_AFTER_RELEASED = "update.reverted-after-released";
    public static final String TIMELINE_INSTANT_REQUIRED = "timeline.instant-required";
    public static final String TIMELINE_SOURCE_REQUIRED = "timeline.source-required";
    public static final String OUTAGE_END_AFTER_START = "outage.end-after-start";
    public static final String CLUSTER_LAST_AFTER_FIRST = "crash-cluster.last-after-first";
    public static final String HOST_GROUP_COUNTS = "host-group.counts-consistent";
    public static final String HOST_STATES_ORDERED = "host.state-changes-ordered";
    public static final String BUGCHECK_CODE_HEX = "crash.bugcheck-code-hex";
    public static final String SHA256_FORMAT = "hash.sha256-format";
    public static final String CAUSAL_ENDS_REQUIRED = "causal.ends-required";
    public static final String CAUSAL_CAUSE_AFTER_EFFECT = "causal.cause-after-effect";
    public static final String CAUSAL_CYCLE = "causal.cycle";
    public static final String EVIDENCE_REF_TARGET = "evidence-ref.target-required";
    public static final String EVIDENCE_REF_POSITION = "evidence-ref.position-valid";
    public static final String EVIDENCE_PATH = "evidence.path-inside-folder";
    public static final String EVIDENCE_FILE_MISSING = "evidence.file-missing";
    public static final String EVIDENCE_HASH_MISMATCH = "evidence.hash-mismatch";
    public static final String EVIDENCE_SIZE_MISMATCH = "evidence.size-mismatch";

    private Rules() {
    }
}
