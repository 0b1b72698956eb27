package dev.faultline.index;

import java.time.Instant;
import java.util.Collections;

import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.StoredFieldVisitor;

import dev.faultline.core.evidence.EvidenceRecord;
import dev.faultline.core.evidence.SourceRef;

/**
 * The stored fields of one indexed record, as read from the index by a
 * {@link TimeOrderedScan#scanStored stored scan}: one object refilled for every record (valid
 * only while it is visited), so an export of millions of records builds no record, map or
 * document per row. {@link #toRecord()} builds the {@link EvidenceRecord} when one is needed.
 */
public final class StoredRecord {

    private String id;
    private boolean timed;
    private long time;
    private String timeText;
    private String host;
    private String kind;
    private String text;
    private int messageLength;
    private int messageStart;
    private long rawLength;
    private String file;
    private String sha256;
    private long line;
    private long offset;
    private String recordId;
    private String fields;
    private final FieldSpans spans = new FieldSpans();
    /** The last {@link DocumentMapper#SOURCE_REF} decoded, and what it says. */
    private byte[] sourceRef;
    private String sourceSha256;
    private String sourceFile;
    private boolean spansRead;

    final StoredFieldVisitor visitor = new StoredFieldVisitor() {
        @Override
        public Status needsField(FieldInfo field) {
            return Status.YES;
        }

        @Override
        public void stringField(FieldInfo field, String value) {
            switch (field.name) {
                case IndexFields.ID -> id = value;
                case IndexFields.TIME_TEXT -> timeText = value;
                case IndexFields.HOST -> host = value;
                case IndexFields.KIND -> kind = value;
                case IndexFields.MESSAGE -> text = value;
                case IndexFields.RECORD_ID -> recordId = value;
                case IndexFields.FIELDS -> fields = value;
                default -> {
                    // a field this view does not show
                }
            }
        }

        @Override
        public void binaryField(FieldInfo field, byte[] value) {
            if (field.name.equals(DocumentMapper.SOURCE_REF)) {
                if (!java.util.Arrays.equals(value, sourceRef)) { // consecutive records mostly share their file
                    String[] decoded = DocumentMapper.decodeSourceRef(value, 0, value.length);
                    sourceRef = value;
                    sourceSha256 = decoded[0];
                    sourceFile = decoded[1];
                }
                sha256 = sourceSha256;
                file = sourceFile;
            }
        }

        @Override
        public void intField(FieldInfo field, int value) {
            longField(field, value);
        }

        @Override
        public void longField(FieldInfo field, long value) {
            switch (field.name) {
                case IndexFields.TIME -> {
                    timed = true;
                    time = value;
                }
                case DocumentMapper.MESSAGE_LENGTH -> messageLength = (int) value;
                case DocumentMapper.MESSAGE_START -> messageStart = (int) value;
                case DocumentMapper.RAW_LENGTH -> rawLength = value;
                case IndexFields.LINE -> line = value;
                case IndexFields.OFFSET -> offset = value;
                default -> {
                    // a field this view does not show
                }
            }
        }
    };

    /** Forgets the previous record (before the next one is read into this view). */
    void clear() {
        id = null;
        timed = false;
        time = 0;
        timeText = null;
        host = null;
        kind = null;
        text = "";
        messageLength = -1;
        messageStart = -1;
        rawLength = Long.MIN_VALUE;
        file = null;
        sha256 = null;
        line = 0;
        offset = -1;
        recordId = null;
        fields = null;
        spansRead = false;
    }

    /**
     * Fills this view with a record read another way than from the embedded index's stored fields (from
     * a cluster's hit): afterwards it gives what it would give for that record read from the embedded index.
     */
    public void fill(String hitId, EvidenceRecord record) {
        clear();
        id = hitId;
        timed = record.timestamp() != null;
        time = timed ? record.timestamp().toEpochMilli() : 0;
        timeText = record.timestampText();
        host = record.host();
        kind = record.kind();
        String message = record.message() == null ? "" : record.message();
        String raw = record.rawText();
        messageLength = message.length();
        if (raw == null) {
            text = message;
        } else if (raw.equals(message)) {
            text = message;
            rawLength = -1;
        } else {
            text = message + '\n' + raw;
            rawLength = raw.length();
        }
        SourceRef source = record.source();
        if (source != null) {
            file = source.file();
            sha256 = source.sha256();
            line = source.line();
            offset = source.offset();
            recordId = source.recordId();
        }
        fields = record.fields() == null || record.fields().isEmpty() ? null : DocumentMapper.encodeFields(record.fields());
    }

    /** The hit id (see {@link SearchHit#id()}): stored when it is not the record's place in its file, else that place. */
    public String id() {
        if (id == null) {
            id = DocumentMapper.placeId(new SourceRef(file, sha256, line, offset, recordId));
        }
        return id;
    }

    public boolean timed() {
        return timed;
    }

    /** Epoch milliseconds (UTC); meaningful when {@link #timed()}. */
    public long time() {
        return time;
    }

    /** The timestamp as the source wrote it, or {@code null}. */
    public String timeText() {
        return timeText;
    }

    public String host() {
        return host;
    }

    public String kind() {
        return kind;
    }

    /** The stored text: the message is its characters from {@link #messageStart()} to {@link #messageEnd()}. */
    public String text() {
        return text;
    }

    /** Where the message starts in {@link #text()}: 0, or its place in the raw text the stored text begins with. */
    public int messageStart() {
        return Math.max(0, messageStart);
    }

    /** Where the message ends in {@link #text()}. */
    public int messageEnd() {
        return messageLength < 0 ? text.length() : messageStart() + messageLength;
    }

    /** The evidence file's path, or {@code null}. */
    public String file() {
        return file;
    }

    public String sha256() {
        return sha256;
    }

    /** The line in the evidence file, 0 when none. */
    public long line() {
        return line;
    }

    /** The byte offset in the evidence file, -1 when none. */
    public long offset() {
        return offset;
    }

    public String recordId() {
        return recordId;
    }

    /** The record's own fields as name and value spans of one stored string (see {@link FieldSpans}). */
    public FieldSpans fields() {
        if (!spansRead) {
            spans.read(fields);
            spansRead = true;
        }
        return spans;
    }

    /** The record, as {@link SearchHit#record()} gives it. */
    public EvidenceRecord toRecord() {
        Instant timestamp = timed ? Instant.ofEpochMilli(time) : null;
        String message = text.substring(messageStart(), messageEnd());
        String raw;
        if (messageStart >= 0) { // the text begins with the raw text, which holds the message
            raw = text.substring(0, (int) rawLength);
        } else {
            raw = rawLength == Long.MIN_VALUE ? null
                    : rawLength < 0 ? message : text.substring(messageEnd() + 1, messageEnd() + 1 + (int) rawLength);
        }
        SourceRef source = new SourceRef(file, sha256, line, offset, recordId);
        return new EvidenceRecord(timestamp, timeText, host, kind, message, Collections.unmodifiableMap(DocumentMapper.decodeFields(fields)),
                raw, source);
    }
}
