package dev.faultline.intake;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

import dev.faultline.core.formats.ParseOptions;
import dev.faultline.model.Evidence;

/**
 * The zone and year an evidence file was read with ({@code import --zone --year}), kept on its
 * {@link Evidence} so that reading it again (index rebuild, {@link EvidenceRecords}) gives the same
 * records and times.
 */
public final class ReadOptions {

    private ReadOptions() {
    }

    /** The options to read this evidence file with again. */
    public static ParseOptions of(Evidence evidence) {
        ParseOptions options = ParseOptions.defaults();
        if (evidence.getReadZone() != null && !evidence.getReadZone().isBlank()) {
            try {
                options = options.withZone(ZoneId.of(evidence.getReadZone()));
            } catch (DateTimeException e) {
                // a zone this Java does not know: read as UTC, the timestamp text is kept as written
            }
        }
        return options.withAssumedYear(evidence.getReadYear());
    }

    /** Whether a zone other than UTC or a year is given. */
    static boolean given(ParseOptions options) {
        return options.assumedYear() != null || !isUtc(options.zone());
    }

    /** Whether the evidence was read with these zone and year. */
    static boolean same(ParseOptions options, Evidence evidence) {
        ParseOptions read = of(evidence);
        return Objects.equals(read.assumedYear(), options.assumedYear()) && read.zone().normalized().equals(options.zone().normalized());
    }

    /** Records on the evidence the zone and year it is read with (nothing for UTC without a year). */
    static void record(ParseOptions options, Evidence evidence) {
        evidence.setReadZone(isUtc(options.zone()) ? null : options.zone().getId());
        evidence.setReadYear(options.assumedYear());
    }

    private static boolean isUtc(ZoneId zone) {
        return zone.normalized().equals(ZoneOffset.UTC);
    }
}
