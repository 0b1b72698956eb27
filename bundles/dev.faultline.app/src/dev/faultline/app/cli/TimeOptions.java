package dev.faultline.app.cli;

import java.time.DateTimeException;
import java.time.ZoneId;

import dev.faultline.core.formats.ParseOptions;

/** The options {@code --zone ZONE} and {@code --year YYYY} of {@code parse} and {@code import}. */
public final class TimeOptions {

    /** The lines of a command's usage that describe them. */
    public static final String USAGE = "  --zone ZONE   zone of timestamps written without one (default UTC), e.g. Europe/Berlin\n"
            + "  --year YYYY   year of timestamps written without one (RFC 3164 syslog)";

    private TimeOptions() {
    }

    /** {@code options} with the zone of {@code --zone}. */
    public static ParseOptions zone(ParseOptions options, String zone) throws UsageException {
        try {
            return options.withZone(ZoneId.of(zone));
        } catch (DateTimeException e) {
            throw new UsageException("unknown zone '" + zone + "' (use e.g. UTC, +02:00, Europe/Berlin)");
        }
    }

    /** {@code options} with the year of {@code --year}. */
    public static ParseOptions year(ParseOptions options, String year) throws UsageException {
        try {
            int value = Integer.parseInt(year);
            if (value < 1970 || value > 9999) {
                throw new NumberFormatException();
            }
            return options.withAssumedYear(value);
        } catch (NumberFormatException e) {
            throw new UsageException("--year needs a year like 2024, got '" + year + "'");
        }
    }
}
