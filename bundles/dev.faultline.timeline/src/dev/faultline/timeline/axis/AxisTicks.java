package dev.faultline.timeline.axis;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Tick positions and labels of the time axis, at round times of the zone, from years down to milliseconds. */
public final class AxisTicks {

    private static final long S = 1000;
    private static final long M = 60 * S;
    private static final long H = 60 * M;
    private static final long D = 24 * H;
    private static final long[] STEPS = { 1, 2, 5, 10, 20, 50, 100, 200, 500, S, 2 * S, 5 * S, 10 * S, 15 * S, 30 * S, M, 2 * M, 5 * M,
            10 * M, 15 * M, 30 * M, H, 2 * H, 3 * H, 6 * H, 12 * H, D, 2 * D, 7 * D, 14 * D, 30 * D, 91 * D, 182 * D, 365 * D, 2 * 365 * D,
            5 * 365 * D, 10 * 365 * D };

    /** One tick. */
    public record Tick(long at, String label) {
    }

    private AxisTicks() {
    }

    /** Ticks for [from, to) with about {@code wanted} of them. */
    public static List<Tick> of(long from, long to, ZoneId zone, int wanted) {
        long span = Math.max(1, to - from);
        long step = STEPS[STEPS.length - 1];
        for (long s : STEPS) {
            if (span / s <= wanted) {
                step = s;
                break;
            }
        }
        DateTimeFormatter format = DateTimeFormatter.ofPattern(pattern(step, span), Locale.ROOT);
        List<Tick> ticks = new ArrayList<>();
        long first = firstTick(from, step, zone);
        for (long t = first; t < to && ticks.size() < 500; t = next(t, step, zone)) {
            if (t >= from) {
                ticks.add(new Tick(t, format.format(Instant.ofEpochMilli(t).atZone(zone))));
            }
        }
        return ticks;
    }

    private static String pattern(long step, long span) {
        if (step >= 365 * D) {
            return "uuuu";
        }
        if (step >= 30 * D) {
            return "uuuu-MM";
        }
        if (step >= D) {
            return "MM-dd";
        }
        if (step >= M) {
            return span > D ? "MM-dd HH:mm" : "HH:mm";
        }
        if (step >= S) {
            return "HH:mm:ss";
        }
        return "HH:mm:ss.SSS";
    }

    private static long firstTick(long from, long step, ZoneId zone) {
        ZonedDateTime z = Instant.ofEpochMilli(from).atZone(zone);
        if (step >= 365 * D) {
            return z.truncatedTo(ChronoUnit.DAYS).withDayOfYear(1).toInstant().toEpochMilli();
        }
        if (step >= 30 * D) {
            return z.truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1).toInstant().toEpochMilli();
        }
        if (step >= D) {
            return z.truncatedTo(ChronoUnit.DAYS).toInstant().toEpochMilli();
        }
        long offset = z.getOffset().getTotalSeconds() * 1000L;
        return Math.floorDiv(from + offset, step) * step - offset;
    }

    private static long next(long t, long step, ZoneId zone) {
        ZonedDateTime z = Instant.ofEpochMilli(t).atZone(zone);
        if (step >= 365 * D) {
            return z.plusYears(step / (365 * D)).toInstant().toEpochMilli();
        }
        if (step >= 30 * D) {
            return z.plusMonths(step / (30 * D)).toInstant().toEpochMilli();
        }
        if (step >= D) {
            return z.plusDays(step / D).toInstant().toEpochMilli();
        }
        return t + step;
    }
}
