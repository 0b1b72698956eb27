package dev.faultline.timeline.export;

import java.time.LocalDate;

/**
 * {@link IsoTimes#iso} in UTC for epoch milliseconds, written into one reused char array: the
 * date part is worked out once per day (a timeline is written in time order, so rows share it)
 * and the time of day from the milliseconds. Years outside 0000..9999 are left to
 * {@link IsoTimes#iso} (their sign and width).
 */
final class UtcIsoChars {

    private static final long DAY = 86_400_000L;
    private final char[] chars = "0000-00-00T00:00:00.000000+00:00".toCharArray();
    private long day = Long.MIN_VALUE;

    /** The characters of {@code 2024-07-19T04:09:00.000000+00:00} for {@code millis}. */
    int length() {
        return chars.length;
    }

    /**
     * The time of {@code millis} as characters ({@link #length()} of them), or {@code null} when
     * its year has no four-digit form.
     */
    char[] format(long millis) {
        long d = Math.floorDiv(millis, DAY);
        if (d != day) {
            LocalDate date = LocalDate.ofEpochDay(d);
            int year = date.getYear();
            if (year < 0 || year > 9999) {
                return null;
            }
            two(year / 100, 0);
            two(year % 100, 2);
            two(date.getMonthValue(), 5);
            two(date.getDayOfMonth(), 8);
            day = d;
        }
        int ms = (int) (millis - d * DAY);
        two(ms / 3_600_000, 11);
        two(ms / 60_000 % 60, 14);
        two(ms / 1000 % 60, 17);
        int fraction = ms % 1000;
        chars[20] = (char) ('0' + fraction / 100);
        chars[21] = (char) ('0' + fraction / 10 % 10);
        chars[22] = (char) ('0' + fraction % 10);
        return chars;
    }

    private void two(int value, int at) {
        chars[at] = (char) ('0' + value / 10);
        chars[at + 1] = (char) ('0' + value % 10);
    }
}
