package dev.faultline.index;

import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.SortField;

/**
 * The opaque "next page" cursor: the sort values of the last hit of a page, e.g.
 * {@code t.1721362140000.4711}. Every sort ends with the unique insertion number, so a cursor
 * stays valid across merges and new commits.
 */
final class PageCursor {

    private PageCursor() {
    }

    static String encode(SortOrder sort, FieldDoc last) {
        Object first = last.fields[0];
        long seq = ((Number) last.fields[1]).longValue();
        String value = sort == SortOrder.RELEVANCE ? Integer.toString(Float.floatToIntBits(((Number) first).floatValue()), 36)
                : Long.toString(((Number) first).longValue(), 36);
        return code(sort) + "." + value + "." + Long.toString(seq, 36);
    }

    /**
     * @throws IllegalArgumentException when the cursor is malformed or belongs to another sort order
     */
    static FieldDoc decode(SortOrder sort, String cursor) {
        String[] parts = cursor.split("\\.");
        if (parts.length != 3 || !parts[0].equals(code(sort))) {
            throw new IllegalArgumentException("page cursor '" + cursor + "' does not belong to a search sorted by " + sort.name().toLowerCase());
        }
        try {
            long seq = Long.parseLong(parts[2], 36);
            Object first = sort == SortOrder.RELEVANCE ? (Object) Float.intBitsToFloat(Integer.parseInt(parts[1], 36))
                    : (Object) Long.parseLong(parts[1], 36);
            float score = sort == SortOrder.RELEVANCE ? (Float) first : Float.NaN;
            return new FieldDoc(Integer.MAX_VALUE, score, new Object[] { first, seq });
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("page cursor '" + cursor + "' is malformed", e);
        }
    }

    private static String code(SortOrder sort) {
        return switch (sort) {
            case TIME -> "t";
            case TIME_DESC -> "d";
            case RELEVANCE -> "r";
        };
    }

    static SortField[] sortFields(SortOrder sort) {
        SortField seq = new SortField(IndexFields.SEQ, SortField.Type.LONG);
        return switch (sort) {
            case TIME -> {
                yield new SortField[] { new SortField(IndexFields.TIME, SortField.Type.LONG, false, Long.MAX_VALUE), seq };
            }
            case TIME_DESC -> {
                yield new SortField[] { new SortField(IndexFields.TIME, SortField.Type.LONG, true, Long.MIN_VALUE),
                        new SortField(IndexFields.SEQ, SortField.Type.LONG, true) };
            }
            case RELEVANCE -> new SortField[] { SortField.FIELD_SCORE, seq };
        };
    }
}
