package dev.faultline.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.StoredFieldVisitor;

/**
 * The names of records' own fields in first-seen order, from their stored field strings: records
 * of one format repeat one list of names, so each distinct list is added once, and a record
 * whose list was seen (found by a hash of its names, then compared name by name) copies nothing.
 */
final class FieldNameCollector {

    private final Set<String> names = new LinkedHashSet<>();
    private final int max;
    private final FieldSpans spans = new FieldSpans();
    private final Map<Long, List<String[]>> seen = new HashMap<>();
    private String[] last;

    /** @param max names kept at most */
    FieldNameCollector(int max) {
        this.max = max;
    }

    /** Adds the names of one record's stored field string. */
    void add(String encoded) {
        if (names.size() >= max) {
            return;
        }
        spans.read(encoded);
        if (last != null && sameNames(last)) {
            return;
        }
        long hash = hashOfNames();
        List<String[]> lists = seen.computeIfAbsent(hash, h -> new ArrayList<>(1));
        for (String[] list : lists) {
            if (sameNames(list)) {
                last = list;
                return;
            }
        }
        String[] list = new String[spans.count()];
        for (int i = 0; i < list.length; i++) {
            list[i] = spans.source().substring(spans.nameStart(i), spans.nameEnd(i));
            if (names.size() < max) {
                names.add(list[i]);
            }
        }
        lists.add(list);
        last = list;
    }

    /** Adds the names of a list, each followed by {@code end}. */
    void addList(String list, char end) {
        int start = 0;
        for (int e = list.indexOf(end); e >= 0 && names.size() < max; e = list.indexOf(end, start)) {
            names.add(list.substring(start, e));
            start = e + 1;
        }
    }

    /** A visitor adding the names of the stored field strings of the records it reads (and reading nothing else). */
    StoredFieldVisitor visitor() {
        return new StoredFieldVisitor() {
            @Override
            public Status needsField(FieldInfo field) {
                return IndexFields.FIELDS.equals(field.name) ? Status.YES : Status.NO;
            }

            @Override
            public void stringField(FieldInfo field, String value) {
                add(value);
            }
        };
    }

    Set<String> names() {
        return names;
    }

    private boolean sameNames(String[] list) {
        if (list.length != spans.count()) {
            return false;
        }
        for (int i = 0; i < list.length; i++) {
            if (!spans.nameIs(i, list[i])) {
                return false;
            }
        }
        return true;
    }

    private long hashOfNames() {
        String s = spans.source();
        long h = spans.count();
        for (int i = 0; i < spans.count(); i++) {
            for (int c = spans.nameStart(i); c < spans.nameEnd(i); c++) {
                h = 31 * h + s.charAt(c);
            }
            h = 31 * h + 0x1f;
        }
        return h;
    }
}
