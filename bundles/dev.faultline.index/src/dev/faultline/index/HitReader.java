package dev.faultline.index;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;

import dev.faultline.core.evidence.EvidenceRecord;
import dev.faultline.core.evidence.SourceRef;

/** Rebuilds an {@link EvidenceRecord} from the stored fields of a hit. */
final class HitReader {

    private HitReader() {
    }

    static EvidenceRecord record(Document doc) {
        IndexableField time = doc.getField(IndexFields.TIME);
        Instant timestamp = time == null ? null : Instant.ofEpochMilli(time.numericValue().longValue());
        String text = doc.get(IndexFields.MESSAGE);
        int messageLength = (int) longValue(doc, DocumentMapper.MESSAGE_LENGTH, text.length());
        int messageStart = (int) longValue(doc, DocumentMapper.MESSAGE_START, -1);
        long rawLength = longValue(doc, DocumentMapper.RAW_LENGTH, Long.MIN_VALUE);
        String message;
        String raw;
        if (messageStart >= 0) { // the text begins with the raw text, which holds the message
            raw = text.substring(0, (int) rawLength);
            message = raw.substring(messageStart, messageStart + messageLength);
        } else {
            message = text.substring(0, messageLength);
            raw = rawLength == Long.MIN_VALUE ? null
                    : rawLength < 0 ? message : text.substring(messageLength + 1, messageLength + 1 + (int) rawLength);
        }
        Map<String, String> fields = DocumentMapper.decodeFields(doc.get(IndexFields.FIELDS));
        BytesRef ref = doc.getBinaryValue(DocumentMapper.SOURCE_REF);
        String[] file = ref == null ? new String[2] : DocumentMapper.decodeSourceRef(ref.bytes, ref.offset, ref.length);
        SourceRef source = new SourceRef(file[1], file[0], longValue(doc, IndexFields.LINE, 0), longValue(doc, IndexFields.OFFSET, -1),
                doc.get(IndexFields.RECORD_ID));
        return new EvidenceRecord(timestamp, doc.get(IndexFields.TIME_TEXT), doc.get(IndexFields.HOST), doc.get(IndexFields.KIND), message,
                Collections.unmodifiableMap(fields), raw, source);
    }

    /** The hit id of a stored record: stored when it is not the record's place in its file, else that place. */
    static String id(Document doc, EvidenceRecord record) {
        String id = doc.get(IndexFields.ID);
        return id != null ? id : DocumentMapper.placeId(record.source());
    }

    private static long longValue(Document doc, String field, long absent) {
        IndexableField f = doc.getField(field);
        return f == null || f.numericValue() == null ? absent : f.numericValue().longValue();
    }
}
