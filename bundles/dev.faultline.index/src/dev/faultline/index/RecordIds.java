package dev.faultline.index;

import java.util.HashMap;
import java.util.Map;

import dev.faultline.core.evidence.SourceRef;

/**
 * Gives each record of one write its hit id ({@link SearchHit#id()}) as the embedded index does:
 * the place of the record in its evidence file, and {@code .2}, {@code .3} ... for further records
 * at the same place (records without a line, offset or record id, or several records of one line).
 * One instance per write, records in their order.
 */
public final class RecordIds {

    private final Map<String, Integer> samePlace = new HashMap<>();
    private String lastPlace;

    /** The id of the next record, from its evidence reference. */
    public String next(SourceRef source) {
        String place = DocumentMapper.placeId(source);
        String id = place;
        if (place.equals(lastPlace) || samePlace.containsKey(place)) {
            int n = samePlace.merge(place, 1, Integer::sum) + 1;
            id = place + "." + n;
        } else if (place.endsWith("#")) {
            samePlace.put(place, 0);
        }
        lastPlace = place;
        return id;
    }

    /** The key of a record's evidence file: its SHA-256, else {@code path:} and its path. */
    public static String sourceKey(SourceRef source) {
        return DocumentMapper.sourceKey(source);
    }
}
