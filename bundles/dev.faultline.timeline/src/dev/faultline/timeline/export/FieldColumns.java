package dev.faultline.timeline.export;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.faultline.index.FieldSpans;

/**
 * The record-field columns of a CSV export, filled from a record's stored {@link FieldSpans}
 * without copying names or values: each entry's column is remembered by its position, so
 * records of one format (which repeat one list of names) look no name up after the first.
 */
final class FieldColumns {

    private final Map<String, Integer> columnOf = new HashMap<>();
    private final int[] entryOf;
    private String[] knownName = new String[16];
    private int[] knownColumn = new int[16];

    FieldColumns(List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            columnOf.putIfAbsent(names.get(i), i);
        }
        entryOf = new int[names.size()];
        Arrays.fill(entryOf, -1);
    }

    /** Writes one cell per column: the value of the record's (last) entry of that name, else empty. */
    void write(FieldSpans fields, CsvOut csv) throws IOException {
        int count = fields.count();
        for (int i = 0; i < count; i++) {
            int column = column(fields, i);
            if (column >= 0) {
                entryOf[column] = i;
            }
        }
        String source = fields.source();
        for (int c = 0; c < entryOf.length; c++) {
            int i = entryOf[c];
            if (i < 0) {
                csv.cell(null);
            } else {
                csv.cell(source, fields.valueStart(i), fields.valueEnd(i));
                entryOf[c] = -1;
            }
        }
    }

    private int column(FieldSpans fields, int i) {
        if (i >= knownName.length) {
            knownName = Arrays.copyOf(knownName, knownName.length * 2);
            knownColumn = Arrays.copyOf(knownColumn, knownColumn.length * 2);
        }
        String known = knownName[i];
        if (known != null && fields.nameIs(i, known)) {
            return knownColumn[i];
        }
        String name = fields.source().substring(fields.nameStart(i), fields.nameEnd(i));
        Integer column = columnOf.get(name);
        knownName[i] = name;
        knownColumn[i] = column == null ? -1 : column;
        return knownColumn[i];
    }
}
