package dev.faultline.index;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.IndexableFieldType;

import dev.faultline.core.evidence.EvidenceRecord;
import dev.faultline.index.internal.EvidenceAnalyzers;

/**
 * A record exactly as the embedded index indexes it, in a form another backend can store: the
 * keyword terms of every field, the numbers, the facet values, and the full text already split
 * into Faultline's tokens with their {@code TokenVariants} (so a cluster needs no custom analysis
 * plugin: its analyzer only splits at {@code ' '} and, within a position, at
 * {@value #SAME_POSITION}). Built from the same Lucene document {@link EvidenceIndex} writes, so
 * both backends index the same terms.
 */
public final class IndexedDocument {

    /** Separates the forms indexed at one position in {@link #tokens()}. */
    public static final char SAME_POSITION = '|';

    private static final Analyzer ANALYZER = EvidenceAnalyzers.index();
    private static final DocumentMapper MAPPER = new DocumentMapper(DocumentMapper.newFacetsConfig());
    private static final String FACET_PREFIX = "$facet.";

    private final String id;
    private final long seq;
    private final String sourceKey;
    private final Map<String, List<String>> keywords;
    private final Map<String, List<Long>> numbers;
    private final Map<String, List<String>> facets;
    private final String tokens;
    private final EvidenceRecord record;

    private IndexedDocument(String id, long seq, String sourceKey, Map<String, List<String>> keywords, Map<String, List<Long>> numbers,
            Map<String, List<String>> facets, String tokens, EvidenceRecord record) {
        this.id = id;
        this.seq = seq;
        this.sourceKey = sourceKey;
        this.keywords = keywords;
        this.numbers = numbers;
        this.facets = facets;
        this.tokens = tokens;
        this.record = record;
    }

    /**
     * @param id the hit id ({@link RecordIds})
     * @param seq the insertion number, the tie-breaker of every sort
     */
    public static IndexedDocument of(EvidenceRecord record, String id, long seq) throws IOException {
        return of(record, id, seq, doc -> {
        });
    }

    /** As {@link #of(EvidenceRecord, String, long)}, with fields {@code more} adds to the embedded document first. */
    static IndexedDocument of(EvidenceRecord record, String id, long seq, java.util.function.Consumer<Document> more) throws IOException {
        Document doc = MAPPER.toDocument(record, id, seq);
        more.accept(doc);
        Map<String, Set<String>> keywords = new LinkedHashMap<>();
        Map<String, Set<Long>> numbers = new LinkedHashMap<>();
        Map<String, Set<String>> facets = new LinkedHashMap<>();
        String text = "";
        for (IndexableField field : doc.getFields()) {
            String name = field.name();
            IndexableFieldType type = field.fieldType();
            if (name.startsWith(FACET_PREFIX)) {
                if (type.docValuesType() == DocValuesType.SORTED_SET) {
                    String path = field.binaryValue().utf8ToString();
                    int delimiter = path.indexOf(FacetsConfig.DELIM_CHAR);
                    if (delimiter >= 0) {
                        facets.computeIfAbsent(name.substring(FACET_PREFIX.length()), k -> new LinkedHashSet<>())
                                .add(path.substring(delimiter + 1));
                    }
                }
            } else if (type.indexOptions() != IndexOptions.NONE && type.tokenized()) {
                text = field.stringValue();
            } else if (type.indexOptions() != IndexOptions.NONE) {
                keywords.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(field.stringValue());
            } else if (field instanceof LongPoint point) {
                numbers.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(point.numericValue().longValue());
            } else if (type.docValuesType() == DocValuesType.NUMERIC || type.docValuesType() == DocValuesType.SORTED_NUMERIC) {
                numbers.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(field.numericValue().longValue());
            } else if (type.docValuesType() == DocValuesType.SORTED || type.docValuesType() == DocValuesType.SORTED_SET) {
                keywords.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(field.binaryValue().utf8ToString());
            }
        }
        return new IndexedDocument(id, seq, DocumentMapper.sourceKey(record.source()), lists(keywords), lists(numbers), lists(facets),
                tokens(text), record);
    }

    private static <T> Map<String, List<T>> lists(Map<String, Set<T>> sets) {
        Map<String, List<T>> out = new LinkedHashMap<>();
        sets.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return out;
    }

    /** The full text's tokens as the index analyzer makes them: positions separated by ' ', forms at one position by '|'. */
    static String tokens(String text) throws IOException {
        StringBuilder out = new StringBuilder(text.length() + text.length() / 2);
        try (TokenStream stream = ANALYZER.tokenStream(IndexFields.MESSAGE, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (out.length() > 0) {
                    out.append(increment.getPositionIncrement() == 0 ? SAME_POSITION : ' ');
                }
                out.append(term);
            }
            stream.end();
        }
        return out.toString();
    }

    /** What the default field searches and highlights: the message, the raw text when different, and every field value, one per line. */
    public static String fullText(EvidenceRecord record) {
        String message = record.message() == null ? "" : record.message();
        String raw = record.rawText();
        Map<String, String> fields = record.fields() == null ? Map.of() : record.fields();
        return DocumentMapper.fullText(message, raw != null && !raw.equals(message) ? raw : null, fields);
    }

    /** The keyword field that lists each record's field names in one term ({@link #fieldNamesTerm}). */
    public static final String FIELD_NAMES = FieldNameTerms.FIELD;

    /** The {@link #FIELD_NAMES} term of the records whose list is too long for a term (their names are read from the records). */
    public static final String FIELD_NAMES_TOO_LONG = FieldNameTerms.tooLong();

    /** The one {@link #FIELD_NAMES} term of a record with these fields (or {@link #FIELD_NAMES_TOO_LONG}). */
    public static String fieldNamesTerm(Map<String, String> fields) {
        String term = FieldNameTerms.term(fields);
        return term == null ? FIELD_NAMES_TOO_LONG : term;
    }

    /** The record field names of a {@link #FIELD_NAMES} term, in order. */
    public static List<String> fieldNamesOf(String term) {
        return FieldNameTerms.names(term);
    }

    /** The hit id. */
    public String id() {
        return id;
    }

    /** The insertion number. */
    public long seq() {
        return seq;
    }

    /** The key of the record's evidence file (what {@code add} replaces): its SHA-256, else its path. */
    public String sourceKey() {
        return sourceKey;
    }

    /** Keyword fields (embedded index field name to its exact terms), including the doc-values-only fields clustering reads. */
    public Map<String, List<String>> keywords() {
        return keywords;
    }

    /** Numeric fields ({@link IndexFields#TIME}, {@link IndexFields#LINE}, the sequence number) to their values. */
    public Map<String, List<Long>> numbers() {
        return numbers;
    }

    /** Facet dimension ({@link IndexFields#FACETS}) to the record's values. */
    public Map<String, List<String>> facets() {
        return facets;
    }

    /** The full text's tokens, see {@link #SAME_POSITION}. */
    public String tokens() {
        return tokens;
    }

    /** The record. */
    public EvidenceRecord record() {
        return record;
    }
}
