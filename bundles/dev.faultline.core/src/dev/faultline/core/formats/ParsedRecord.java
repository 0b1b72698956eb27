package dev.faultline.core.formats;

import java.io.IOException;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;

import dev.faultline.core.evidence.EvidenceRecord;
import dev.faultline.core.evidence.SourceRef;

/**
 * What a parser produces: a typed record (crash analysis, driver, host, event ...) that also
 * yields the generic {@link EvidenceRecord} every importer gives the index. Plain log lines are
 * {@link LogRecord}s.
 */
public interface ParsedRecord {

    /** Where the record starts in its file. */
    SourceRef source();

    /** The record in the generic form the search index consumes. */
    EvidenceRecord evidence();

    /**
     * The record as printed by {@code faultline parse --json}: stable keys in a stable order,
     * absent values as {@code null}. Values are strings, numbers, booleans, lists and maps of those.
     * The key {@code source} is always present.
     */
    Map<String, Object> toJson();

    /**
     * Writes {@link #toJson()} to {@code json} as one object. A format whose records are printed in
     * bulk may stream them without building the maps; it must write the same keys, order and values
     * (tested against {@link #toJson()}).
     */
    default void writeJson(JsonGenerator json) throws IOException {
        RecordJson.value(json, toJson());
    }
}
