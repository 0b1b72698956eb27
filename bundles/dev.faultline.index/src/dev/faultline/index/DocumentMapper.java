package dev.faultline.index;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;

import dev.faultline.core.evidence.EvidenceRecord;
import dev.faultline.core.evidence.SourceRef;
import dev.faultline.index.internal.EvidenceTokenizer;
import dev.faultline.index.internal.IndexValues;

/** Turns an {@link EvidenceRecord} into the Lucene document of the evidence index, and back. */
final class DocumentMapper {

    /** Indexed, not stored, on records without a SHA-256: what {@code add} deletes before re-adding an evidence file. */
    static final String SOURCE_KEY = "sourcekey";

    /** Stored: length of the message at the start of the stored text, when the text holds more. */
    static final String MESSAGE_LENGTH = "msglen";
    /** Stored: length of the raw text following the message and a newline, or -1 when the raw text is the message. */
    static final String RAW_LENGTH = "rawlen";
    /**
     * Stored when the message is a part of the raw text (a log line's message after its timestamp
     * and host): where it starts in the raw text. The stored and indexed text then begins with the
     * raw text alone ({@link #RAW_LENGTH} characters), so the message's words are indexed once.
     */
    static final String MESSAGE_START = "msgstart";

    /**
     * Stored, binary: the record's evidence file as its SHA-256 (lower case) and its path, UTF-8,
     * separated by a newline (either may be empty). One array per file, shared by all its records: a
     * record's stored fields carry no per-record strings for its file (index format 5).
     */
    static final String SOURCE_REF = "srcref";

    /**
     * Positions (phrases) without offsets: the highlighter tokenises the stored text again
     * ({@code HitHighlighter}), so offsets in the postings would only cost time at every flush and merge.
     */
    private static final FieldType FULL_TEXT = TextField.TYPE_STORED;

    /** Fields a parser adds as a note about the record, stored but not searched as its full text. */
    private static final Set<String> NOTES = Set.of("timestampIncomplete");

    static final char KEY_END = '\u001f';
    static final char ENTRY_END = '\u001e';

    private final FacetsConfig facetsConfig;

    /** The {@link #SOURCE_REF} value of the evidence file last mapped (records come file by file). */
    private record SourceBytes(String sha256, String file, byte[] bytes) {
    }

    private volatile SourceBytes lastSource;

    DocumentMapper(FacetsConfig facetsConfig) {
        this.facetsConfig = facetsConfig;
    }

    /**
     * Each facet dimension in its own doc values field ({@code $facet.host}, ...): a record has
     * at most one value per dimension, so every field is single-valued and Lucene counts it on
     * its fast path, one dimension at a time, without the ordinals of the others.
     */
    static FacetsConfig newFacetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (String dim : IndexFields.FACETS) {
            config.setIndexFieldName(dim, facetField(dim));
            // counted from doc values only; queries select by the keyword fields (host:, source: ...)
            config.setDrillDownTermsIndexing(dim, FacetsConfig.DrillDownTermsIndexing.NONE);
        }
        return config;
    }

    /** The doc values field of a facet dimension. */
    static String facetField(String dim) {
        return "$facet." + dim;
    }

    /** The key of a record's evidence file: its SHA-256, else its path. */
    static String sourceKey(SourceRef source) {
        if (source == null) {
            return "";
        }
        return source.sha256() != null ? source.sha256().toLowerCase(Locale.ROOT) : "path:" + source.file();
    }

    /** The term of every record of the record's evidence file: its SHA-256, else its path. */
    static Term deleteTerm(SourceRef source) {
        return source != null && source.sha256() != null ? new Term(IndexFields.SHA256, source.sha256().toLowerCase(Locale.ROOT))
                : new Term(SOURCE_KEY, sourceKey(source));
    }

    /** The id of a record at its place in its evidence file (without the duplicate suffix). */
    static String placeId(SourceRef source) {
        if (source == null) {
            return "unknown";
        }
        String file = source.sha256() != null && source.sha256().length() >= 16 ? source.sha256().substring(0, 16).toLowerCase(Locale.ROOT)
                : source.file();
        if (source.line() > 0) {
            return file + "#L" + source.line();
        }
        if (source.offset() >= 0) {
            return file + "#@" + source.offset();
        }
        if (source.recordId() != null) {
            return file + "#R" + source.recordId();
        }
        return file + "#";
    }

    /**
     * @param id the hit id: indexed; stored only when it is not the record's place in its file
     *            ({@link #placeId}, which reading derives again), e.g. with a duplicate suffix
     */
    Document toDocument(EvidenceRecord record, String id, long seq) throws java.io.IOException {
        Document doc = new Document();
        doc.add(new StringField(IndexFields.ID, id, Store.NO));
        if (!hasSourceRef(record.source()) || !id.equals(placeId(record.source()))) {
            doc.add(new StoredField(IndexFields.ID, id)); // else derived from the stored file and place when read
        }
        doc.add(new NumericDocValuesField(IndexFields.SEQ, seq));
        if (record.timestamp() != null) {
            long millis = record.timestamp().toEpochMilli();
            doc.add(new LongPoint(IndexFields.TIME, millis));
            doc.add(new NumericDocValuesField(IndexFields.TIME, millis));
            doc.add(new StoredField(IndexFields.TIME, millis));
        }
        if (record.timestampText() != null) {
            doc.add(new StoredField(IndexFields.TIME_TEXT, record.timestampText()));
        }
        if (record.host() != null && !record.host().isBlank()) {
            String host = IndexValues.keyword(record.host());
            doc.add(new StringField(IndexFields.HOST, host, Store.NO));
            doc.add(new StoredField(IndexFields.HOST, record.host()));
            doc.add(new SortedSetDocValuesFacetField(IndexFields.HOST, host));
        }
        if (record.kind() != null && !record.kind().isBlank()) {
            String kind = IndexValues.keyword(record.kind());
            doc.add(new StringField(IndexFields.KIND, kind, Store.NO));
            doc.add(new StoredField(IndexFields.KIND, record.kind()));
            doc.add(new SortedSetDocValuesFacetField(IndexFields.KIND, kind));
        }
        String message = record.message() == null ? "" : record.message();
        String raw = record.rawText();
        Map<String, String> fields = record.fields() == null ? Map.of() : record.fields();
        boolean rawEmbedded = raw != null && !raw.equals(message);
        int messageStart = rawEmbedded ? messageInRaw(message, raw) : -1;
        // the searched text is stored once; the message and the raw text are read back out of it
        if (messageStart >= 0) {
            doc.add(new Field(IndexFields.MESSAGE, fullText(raw, null, fields), FULL_TEXT));
            doc.add(new StoredField(MESSAGE_START, messageStart));
            doc.add(new StoredField(MESSAGE_LENGTH, message.length()));
            doc.add(new StoredField(RAW_LENGTH, raw.length()));
        } else {
            String text = fullText(message, rawEmbedded ? raw : null, fields);
            doc.add(new Field(IndexFields.MESSAGE, text, FULL_TEXT));
            if (text.length() != message.length()) {
                doc.add(new StoredField(MESSAGE_LENGTH, message.length()));
            }
            if (raw != null) {
                doc.add(new StoredField(RAW_LENGTH, rawEmbedded ? raw.length() : -1));
            }
        }
        SourceRef source = record.source();
        if (source != null) {
            addSource(doc, source);
        }
        addTypedFields(doc, fields);
        FleetFields.add(doc, record, fields);
        CrashFields.add(doc, record, fields);
        if (!fields.isEmpty()) {
            doc.add(new StoredField(IndexFields.FIELDS, encodeFields(fields)));
        }
        FieldNameTerms.add(doc, fields);
        return facetsConfig.build(doc);
    }

    private void addSource(Document doc, SourceRef source) {
        if (source.file() != null && !source.file().isEmpty()) {
            String path = IndexValues.keyword(source.file());
            String name = IndexValues.keyword(IndexValues.fileName(source.file()));
            doc.add(new StringField(IndexFields.SOURCE, path, Store.NO));
            if (!name.equals(path) && !name.isEmpty()) {
                doc.add(new StringField(IndexFields.SOURCE, name, Store.NO));
            }
            doc.add(new SortedSetDocValuesFacetField(IndexFields.SOURCE, source.file()));
        }
        if (source.sha256() == null) { // else the file's records are found by their SHA-256 (see deleteTerm)
            doc.add(new StringField(SOURCE_KEY, sourceKey(source), Store.NO));
        }
        if (source.sha256() != null) {
            doc.add(new StringField(IndexFields.SHA256, source.sha256().toLowerCase(Locale.ROOT), Store.NO));
        }
        if (hasSourceRef(source)) {
            doc.add(new StoredField(SOURCE_REF, sourceRef(source)));
        }
        if (source.line() > 0) {
            doc.add(new LongPoint(IndexFields.LINE, source.line()));
            doc.add(new StoredField(IndexFields.LINE, source.line()));
        }
        if (source.offset() >= 0) {
            doc.add(new StoredField(IndexFields.OFFSET, source.offset()));
        }
        if (source.recordId() != null) {
            doc.add(new StoredField(IndexFields.RECORD_ID, source.recordId()));
        }
    }

    /** Whether a record's document stores its file ({@link #SOURCE_REF}): when it has a SHA-256 or a path. */
    static boolean hasSourceRef(SourceRef source) {
        return source != null && (source.sha256() != null || (source.file() != null && !source.file().isEmpty()));
    }

    /** The {@link #SOURCE_REF} bytes of a record's file (the same array for consecutive records of one file). */
    private byte[] sourceRef(SourceRef source) {
        SourceBytes last = lastSource;
        if (last != null && java.util.Objects.equals(last.sha256(), source.sha256()) && java.util.Objects.equals(last.file(), source.file())) {
            return last.bytes();
        }
        String sha = source.sha256() == null ? "" : source.sha256().toLowerCase(Locale.ROOT);
        String file = source.file() == null ? "" : source.file();
        byte[] bytes = (sha + '\n' + file).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        lastSource = new SourceBytes(source.sha256(), source.file(), bytes);
        return bytes;
    }

    /** The SHA-256 (or null) and the path (or null) of a stored {@link #SOURCE_REF}. */
    static String[] decodeSourceRef(byte[] bytes, int offset, int length) {
        String text = new String(bytes, offset, length, java.nio.charset.StandardCharsets.UTF_8);
        int newline = text.indexOf('\n');
        String sha = newline <= 0 ? null : text.substring(0, newline);
        String file = newline < 0 || newline == text.length() - 1 ? null : text.substring(newline + 1);
        return new String[] { sha, file };
    }

    private static void addTypedFields(Document doc, Map<String, String> fields) {
        String event = fields.get(EvidenceRecord.Fields.EVENT_ID);
        if (event != null && !event.isBlank()) {
            String value = IndexValues.keyword(event);
            doc.add(new StringField(IndexFields.EVENT, value, Store.NO));
            doc.add(new SortedSetDocValuesFacetField(IndexFields.EVENT, value));
        }
        keyword(doc, IndexFields.PROVIDER, fields.get(EvidenceRecord.Fields.PROVIDER));
        keyword(doc, IndexFields.CHANNEL, fields.get(EvidenceRecord.Fields.CHANNEL));
        keyword(doc, IndexFields.LEVEL, fields.get(EvidenceRecord.Fields.LEVEL));
        keyword(doc, IndexFields.BUCKET, fields.get(EvidenceRecord.Fields.FAILURE_BUCKET));
        String bugcheck = fields.get(EvidenceRecord.Fields.BUGCHECK);
        if (bugcheck != null && !bugcheck.isBlank()) {
            String code = IndexValues.bugcheck(bugcheck);
            doc.add(new StringField(IndexFields.BUGCHECK, code, Store.NO));
            doc.add(new SortedSetDocValuesFacetField(IndexFields.BUGCHECK, code));
        }
        String module = fields.get(EvidenceRecord.Fields.MODULE);
        if (module != null && !module.isBlank()) {
            for (String name : IndexValues.moduleNames(module)) {
                doc.add(new StringField(IndexFields.MODULE, name, Store.NO));
            }
            doc.add(new SortedSetDocValuesFacetField(IndexFields.MODULE, IndexValues.moduleBase(module)));
        }
        String tags = fields.get(EvidenceRecord.Fields.TAGS);
        if (tags != null) {
            for (String tag : IndexValues.tags(tags)) {
                doc.add(new StringField(IndexFields.TAG, tag, Store.NO));
            }
        }
    }

    private static void keyword(Document doc, String field, String value) {
        if (value != null && !value.isBlank()) {
            doc.add(new StringField(field, IndexValues.keyword(value), Store.NO));
        }
    }

    /**
     * Where {@code message} starts in {@code raw} as whole tokens (so the raw text's tokens include
     * the message's), or -1.
     */
    static int messageInRaw(String message, String raw) {
        if (message.isEmpty()) {
            return -1;
        }
        int start = raw.indexOf(message);
        if (start < 0) {
            return -1;
        }
        int end = start + message.length();
        boolean wholeTokens = (start == 0 || !EvidenceTokenizer.isTokenChar(raw.charAt(start - 1)))
                && (end == raw.length() || !EvidenceTokenizer.isTokenChar(raw.charAt(end)));
        return wholeTokens ? start : -1;
    }

    /**
     * What the default field searches and highlights: message, raw text when different, and every
     * field value, one per line (parser notes left out). The index stores and searches this text, or,
     * when the message is a part of the raw text, the same text without the message's line.
     */
    static String fullText(String message, String embeddedRaw, Map<String, String> fields) {
        if (embeddedRaw == null && fields.isEmpty()) {
            return message;
        }
        StringBuilder text = new StringBuilder(message.length() + (embeddedRaw == null ? 0 : embeddedRaw.length()) + 64).append(message);
        if (embeddedRaw != null) {
            text.append('\n').append(embeddedRaw);
        }
        for (Map.Entry<String, String> field : fields.entrySet()) {
            if (field.getValue() != null && !NOTES.contains(field.getKey())) {
                text.append('\n').append(field.getValue());
            }
        }
        return text.toString();
    }

    static String encodeFields(Map<String, String> fields) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, String> e : fields.entrySet()) {
            out.append(clean(e.getKey())).append(KEY_END).append(e.getValue() == null ? "" : clean(e.getValue())).append(ENTRY_END);
        }
        return out.toString();
    }

    static Map<String, String> decodeFields(String encoded) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (encoded == null) {
            return fields;
        }
        int start = 0;
        while (start < encoded.length()) {
            int keyEnd = encoded.indexOf(KEY_END, start);
            int entryEnd = encoded.indexOf(ENTRY_END, start);
            if (keyEnd < 0 || entryEnd < 0 || keyEnd > entryEnd) {
                break;
            }
            fields.put(encoded.substring(start, keyEnd), encoded.substring(keyEnd + 1, entryEnd));
            start = entryEnd + 1;
        }
        return fields;
    }

    static String clean(String s) {
        return s.indexOf(KEY_END) < 0 && s.indexOf(ENTRY_END) < 0 ? s : s.replace(KEY_END, ' ').replace(ENTRY_END, ' ');
    }
}
