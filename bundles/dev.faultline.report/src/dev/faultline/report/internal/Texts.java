package dev.faultline.report.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import dev.faultline.model.Evidence;
import dev.faultline.model.EvidenceRef;
import dev.faultline.model.Fact;
import dev.faultline.report.Citation;

/** How values of the model read in a report: times in the display zone, counts with separators, citations. */
public final class Texts {

    public static final String NOT_RECORDED = "not recorded";

    private final ZoneId zone;
    private final DateTimeFormatter minutes;
    private final DateTimeFormatter seconds;

    public Texts(String zoneId) {
        ZoneId chosen;
        try {
            chosen = zoneId == null || zoneId.isBlank() ? ZoneOffset.UTC : ZoneId.of(zoneId);
        } catch (DateTimeException e) {
            chosen = ZoneOffset.UTC;
        }
        zone = chosen;
        String name = zone.equals(ZoneOffset.UTC) || "UTC".equals(zone.getId()) ? "'UTC'" : "VV";
        minutes = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm " + name, Locale.ROOT).withZone(zone);
        seconds = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss " + name, Locale.ROOT).withZone(zone);
    }

    public ZoneId zone() {
        return zone;
    }

    /** {@code 2024-07-19 04:09 UTC}, or {@code not recorded}. */
    public String time(Instant instant) {
        if (instant == null) {
            return NOT_RECORDED;
        }
        return (instant.getEpochSecond() % 60 == 0 && instant.getNano() == 0 ? minutes : seconds).format(instant);
    }

    /** {@code 8,500,000}, or {@code not recorded}. */
    public static String count(Long value) {
        return value == null ? NOT_RECORDED : String.format(Locale.ROOT, "%,d", value);
    }

    public static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    /** The citations of a fact, in the model's order. */
    public static List<Citation> citations(Fact fact) {
        return fact.getCitations().stream().map(Texts::citation).toList();
    }

    public static Citation citation(EvidenceRef ref) {
        Evidence evidence = ref.getEvidence();
        String file = evidence == null ? "(evidence missing)" : text(evidence.getPath() != null ? evidence.getPath()
                : evidence.getOriginalName());
        String position = ref.getLine() != null ? ref.getLine().toString()
                : ref.getByteOffset() != null ? "@" + ref.getByteOffset()
                : ref.getRecordId() != null ? "#" + ref.getRecordId() : "";
        return new Citation(file, position, evidence == null ? "" : text(evidence.getSha256()));
    }
}
