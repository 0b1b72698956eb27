package dev.faultline.index.opensearch.internal;

import dev.faultline.index.IndexFields;

/** The OpenSearch field of each field of the embedded index ('.' would make object paths). */
public final class FieldNames {

    /** The stored record, not indexed. */
    public static final String RECORD = "record";
    /** The full text's tokens (see {@code IndexedDocument#tokens}). */
    public static final String TEXT = IndexFields.MESSAGE;
    /** What {@code add} replaces by: the evidence file's key. */
    public static final String SOURCE_KEY = "sourcekey";
    public static final String SEQ = "seq";

    private FieldNames() {
    }

    /** The OpenSearch field holding an embedded index field's terms or numbers. */
    public static String of(String luceneField) {
        return luceneField.replace('.', '_').replace('$', '_');
    }

    /** The keyword field counted for a facet dimension. */
    public static String facet(String dim) {
        return "facet_" + dim;
    }
}
