package dev.faultline.product;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code faultline timeline} through the product, without a display. */
class TimelineCliTest {

    @TempDir
    Path work;

    @BeforeAll
    static void productIsMaterialized() {
        assumeTrue(System.getProperty("faultline.product") != null, "no product to run");
    }

    @Test
    void theSamplesTimelineShowsTheChannelFileReleaseAndExportsTimesketchCsvAndPictures() throws Exception {
        assertEquals(0, FaultlineProcess.run(work, "sample", "case").exitCode());
        FaultlineProcess.Result table = FaultlineProcess.run(work, "timeline", "--case", "case");
        assertEquals(0, table.exitCode(), table.err());
        assertTrue(table.out().startsWith("TIME (UTC)"), table.out());
        assertTrue(table.out().lines().anyMatch(l -> l.startsWith("2024-07-19 04:09:00.000") && l.contains("Channel File 291 update released")),
                table.out());
        assertEquals("", table.err(), "a successful timeline says nothing on stderr");

        FaultlineProcess.Result berlin = FaultlineProcess.run(work, "timeline", "--case", "case", "--zone", "Europe/Berlin", "--from",
                "2024-07-19T06:00", "--to", "2024-07-19");
        assertEquals(0, berlin.exitCode(), berlin.err());
        assertTrue(berlin.out().contains("2024-07-19 06:09:00.000"), "04:09 UTC shown in Berlin: " + berlin.out());
        assertEquals(3, berlin.out().lines().count(), "header, release and remediation: " + berlin.out());

        FaultlineProcess.Result csv = FaultlineProcess.run(work, "timeline", "--case", "case", "--format", "timesketch-csv", "--out", "ts.csv");
        assertEquals(0, csv.exitCode(), csv.err());
        assertEquals("10 events (oldest first, times in UTC) written to ts.csv\n", csv.out());
        assertEquals("", csv.err());
        List<String> lines = Files.readAllLines(work.resolve("ts.csv"), StandardCharsets.UTF_8);
        assertTrue(lines.get(0).startsWith("message,datetime,timestamp_desc,timestamp,"), lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.contains("2024-07-19T04:09:00.000000+00:00") && l.contains("1721362140000000")), lines.toString());

        FaultlineProcess.Result imported = FaultlineProcess.run(work, "import", "--case", "copy", "ts.csv");
        assertEquals(0, imported.exitCode(), imported.err());
        FaultlineProcess.Result again = FaultlineProcess.run(work, "timeline", "--case", "copy", "--filter", "kind:timeline");
        assertTrue(again.out().lines().anyMatch(l -> l.startsWith("2024-07-19 04:09:00.000") && l.contains("Channel File 291 update released")),
                "the exported CSV imports back with its times: " + again.out());

        for (String picture : List.of("axis.svg", "axis.png")) {
            FaultlineProcess.Result drawn = FaultlineProcess.run(work, "timeline", "--case", "case", "--picture", picture, "--lanes", "kind");
            assertEquals(0, drawn.exitCode(), drawn.err());
            assertTrue(Files.size(work.resolve(picture)) > 1000, picture);
        }
        assertTrue(Files.readString(work.resolve("axis.svg")).contains("<svg"));
    }

    @Test
    void badInputExitsWithAMessageAndChangesNothing() throws Exception {
        assertEquals(0, FaultlineProcess.run(work, "sample", "case").exitCode());
        byte[] model = Files.readAllBytes(work.resolve("case/investigation.xmi"));
        check(2, "unknown time zone 'Mars/Base'", "timeline", "--case", "case", "--zone", "Mars/Base");
        check(2, "reversed", "timeline", "--case", "case", "--from", "2024-07-20", "--to", "2024-07-19");
        check(2, "--from: '19/07/2024' is not a time", "timeline", "--case", "case", "--from", "19/07/2024");
        check(2, "--filter: ", "timeline", "--case", "case", "--filter", "host:(");
        check(1, "--format takes", "timeline", "--case", "case", "--format", "xml");
        check(1, "unknown option '--color'", "timeline", "--case", "case", "--color");
        check(1, "--picture takes", "timeline", "--case", "case", "--picture", "axis.gif");
        check(2, "", "timeline", "--case", "nowhere");
        assertArrayEquals(model, Files.readAllBytes(work.resolve("case/investigation.xmi")));
        assertTrue(!Files.exists(work.resolve("nowhere")), "nothing created for a missing investigation");
    }

    private void check(int exit, String message, String... args) throws Exception {
        FaultlineProcess.Result r = FaultlineProcess.run(work, args);
        assertEquals(exit, r.exitCode(), String.join(" ", args) + ": " + r.err());
        assertTrue(r.err().contains(message), r.err());
    }
}
