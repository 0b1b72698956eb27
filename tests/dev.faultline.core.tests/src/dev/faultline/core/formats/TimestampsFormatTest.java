package dev.faultline.core.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Timestamps#format} writes exactly what {@link Instant#toString()} writes. */
class TimestampsFormatTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "2024-07-19T04:09:01Z", "2024-07-19T04:09:01.100Z", "2024-07-19T04:09:01.000100Z", "2024-07-19T04:09:01.000000100Z",
        "2024-07-19T04:09:01.123456789Z", "1970-01-01T00:00:00Z", "1969-12-31T23:59:59.999999999Z",
        "1601-01-01T00:00:00Z", "2000-02-29T12:00:00Z", "1900-03-01T00:00:00Z", "0000-01-01T00:00:00Z",
        "9999-12-31T23:59:59.999Z", "-0001-12-31T23:59:59Z", "+10000-01-01T00:00:00Z", "-1000000000-01-01T00:00:00Z",
        "+1000000000-12-31T23:59:59.999999999Z" })
    void formatsLikeInstantToString(String text) {
        Instant instant = Instant.parse(text);
        assertEquals(instant.toString(), Timestamps.format(instant));
        assertEquals(text, Timestamps.format(instant));
    }

    @Test
    void formatsAnyInstantLikeInstantToString() {
        SplittableRandom random = new SplittableRandom(19_07_2024);
        for (int i = 0; i < 200_000; i++) {
            // seconds across year -1000 to 11000; nanos whole, milli, micro or arbitrary
            long seconds = random.nextLong(-93_700_000_000L, 285_000_000_000L);
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant instant = Instant.ofEpochSecond(seconds, nanos);
            assertEquals(instant.toString(), Timestamps.format(instant));
        }
    }
}
