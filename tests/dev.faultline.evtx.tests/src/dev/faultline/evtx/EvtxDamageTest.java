package dev.faultline.evtx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Damaged and hostile input: problems are reported with chunk and offset, good records still come out. */
class EvtxDamageTest {

    @TempDir
    Path tmp;

    private record Result(List<EvtxRecord> records, List<EvtxProblem> problems) {
    }

    private Result read(byte[] bytes) throws IOException {
        Path file = tmp.resolve("damaged-" + System.nanoTime() + ".evtx");
        Files.write(file, bytes);
        List<EvtxProblem> heard = new ArrayList<>();
        List<EvtxRecord> records = new ArrayList<>();
        try (EvtxReader reader = EvtxReader.open(file, heard::add)) {
            reader.forEach(records::add);
            assertEquals(heard, reader.problems(), "listener and problems() agree");
        }
        return new Result(records, heard);
    }

    private static byte[] plaso() throws IOException {
        return Files.readAllBytes(SharedData.evtx("plaso_test_data_evtx_System.evtx"));
    }

    private static boolean anyReason(List<EvtxProblem> problems, String part) {
        return problems.stream().anyMatch(p -> p.reason().contains(part));
    }

    @Test
    void zeroLengthFile() throws IOException {
        Result r = read(new byte[0]);
        assertEquals(0, r.records().size());
        assertEquals(List.of(new EvtxProblem(-1, 0, "file is empty (0 bytes)")), r.problems());
    }

    @Test
    void truncatedInsideThirdChunkKeepsCompleteRecords() throws IOException {
        byte[] whole = plaso();
        Result full = read(whole);
        int cut = 4096 + 2 * 65536 + 30_000;
        Result r = read(java.util.Arrays.copyOf(whole, cut));
        assertTrue(anyReason(r.problems(), "chunk truncated to 30000 of 65536 bytes"), r.problems().toString());
        assertEquals(2, r.problems().get(0).chunkNumber());
        long completeBeforeCut = full.records().stream().filter(rec -> rec.fileOffset() < cut - 200).count();
        assertTrue(r.records().size() >= completeBeforeCut - 1 && r.records().size() < full.records().size(),
                r.records().size() + " records read of " + full.records().size());
        for (int i = 0; i < r.records().size(); i++) {
            assertEquals(full.records().get(i).xml(), r.records().get(i).xml());
        }
    }

    @Test
    void flippedChecksumBytesAreReportedAndAllRecordsStillRead() throws IOException {
        byte[] bytes = plaso();
        bytes[4096 + 124] ^= 0x5a; // chunk 0 header checksum
        bytes[4096 + 65536 + 52] ^= 0x01; // chunk 1 event records checksum
        bytes[124] ^= 0x7f; // file header checksum
        Result r = read(bytes);
        assertEquals(5009, r.records().size());
        // the stored records checksum is inside the chunk header, so chunk 1's header checksum fails too
        assertEquals(4, r.problems().size(), r.problems().toString());
        assertEquals(-1, r.problems().get(0).chunkNumber());
        assertTrue(r.problems().get(0).reason().startsWith("file header checksum mismatch"));
        assertEquals(new EvtxProblem(0, 4096 + 124, r.problems().get(1).reason()), r.problems().get(1));
        assertTrue(r.problems().get(1).reason().startsWith("chunk header checksum mismatch"));
        assertEquals(new EvtxProblem(1, 4096 + 65536 + 124, r.problems().get(2).reason()), r.problems().get(2));
        assertEquals(1, r.problems().get(3).chunkNumber());
        assertEquals(4096 + 65536 + 52, r.problems().get(3).fileOffset());
        assertTrue(r.problems().get(3).reason().startsWith("event records checksum mismatch"));
    }

    @Test
    void dirtyHeaderThatLagsBehindTheChunks() throws IOException {
        byte[] bytes = plaso();
        ByteBuffer header = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        header.putShort(42, (short) 2);
        header.putInt(120, header.getInt(120) | 1);
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, 120);
        header.putInt(124, (int) crc.getValue());
        Result r = read(bytes);
        assertEquals(5009, r.records().size());
        assertEquals(1, r.problems().size(), r.problems().toString());
        assertEquals(2, r.problems().get(0).chunkNumber());
        assertTrue(r.problems().get(0).reason().contains("file header lists 2 chunks but more follow"));
    }

    @Test
    void corruptRecordSizeSkipsOnlyThatRecord() throws IOException {
        byte[] bytes = plaso();
        Result full = read(bytes);
        EvtxRecord victim = full.records().get(10);
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt((int) victim.fileOffset() + 4, 0x7fff);
        Result r = read(bytes);
        assertEquals(5008, r.records().size());
        assertTrue(r.records().stream().noneMatch(rec -> rec.recordId() == victim.recordId()));
        assertTrue(anyReason(r.problems(), "record size 32767 at chunk offset " + (victim.fileOffset() - 4096)
                + " differs from its trailing copy"), r.problems().toString());
        assertTrue(anyReason(r.problems(), "event records checksum mismatch"), r.problems().toString());
        assertTrue(r.problems().stream().anyMatch(p -> p.fileOffset() == victim.fileOffset()));
    }

    @Test
    void randomJunkYieldsProblemsNotExceptions() throws IOException {
        byte[] junk = new byte[4096 + 3 * 65536 + 777];
        new Random(291).nextBytes(junk);
        Result r = read(junk);
        assertEquals(0, r.records().size());
        assertTrue(anyReason(r.problems(), "no EVTX file signature"));
        assertEquals(4, r.problems().stream().filter(p -> p.reason().contains("no chunk signature")).count());
    }

    @Test
    void randomByteFlipsNeverThrowOrHang() throws IOException {
        byte[] original = Files.readAllBytes(SharedData.evtx("eas_DSE_bypass_BYOV_TDL_dummydriver_sysmon_6_7_13.evtx"));
        Random random = new Random(19_07_2024);
        for (int round = 0; round < 300; round++) {
            byte[] bytes = original.clone();
            for (int flips = 0; flips < 1 + random.nextInt(20); flips++) {
                int at = 4096 + 512 + random.nextInt(20_000);
                bytes[at] = (byte) random.nextInt(256);
            }
            Result r = read(bytes);
            assertTrue(r.problems().stream().noneMatch(p -> p.reason().contains(
                    dev.faultline.evtx.internal.ChunkDecoder.DECODER_ERROR)), r.problems().toString());
            assertTrue(r.records().size() <= 8);
            assertTrue(r.records().size() == 8 || !r.problems().isEmpty(), "a lost record is always reported");
        }
    }

    @Test
    void selfBuiltFileReadsBack() throws IOException {
        Result r = read(EvtxBytes.file(List.of(EvtxBytes.simpleEvent("csagent.sys & <friends>"),
                EvtxBytes.simpleEvent("second"))));
        assertEquals(List.of(), r.problems());
        assertEquals(2, r.records().size());
        EvtxRecord first = r.records().get(0);
        assertEquals(1, first.recordId());
        assertEquals(Instant.parse("2024-07-19T04:09:00Z"), first.timestamp());
        assertEquals("<Event>\n  <Data>csagent.sys &amp; &lt;friends&gt;</Data>\n</Event>", first.xml());
        assertEquals(2, r.records().get(1).recordId());
        assertEquals("<Event>\n  <Data>second</Data>\n</Event>", r.records().get(1).xml());
    }

    @Test
    void deepNestingIsCappedAndTheNextRecordStillReads() throws IOException {
        Result r = read(EvtxBytes.file(List.of(EvtxBytes.nestedElements(2000), EvtxBytes.simpleEvent("after"))));
        assertEquals(1, r.records().size());
        assertEquals(2, r.records().get(0).recordId());
        assertEquals(1, r.problems().size(), r.problems().toString());
        assertEquals(0, r.problems().get(0).chunkNumber());
        assertTrue(r.problems().get(0).reason().startsWith("record 1 at file offset 4608 skipped: elements nested deeper than"),
                r.problems().get(0).reason());
    }

    @Test
    void substitutionRepeatedThousandsOfTimesIsCapped() throws IOException {
        long start = System.nanoTime();
        Result r = read(EvtxBytes.file(List.of(EvtxBytes.repeatedFragment(2500, 2000), EvtxBytes.simpleEvent("after"))));
        assertEquals(1, r.records().size());
        assertEquals("<Event>\n  <Data>after</Data>\n</Event>", r.records().get(0).xml());
        assertEquals(1, r.problems().size(), r.problems().toString());
        assertTrue(r.problems().get(0).reason().contains("rendered XML exceeds 2097152 characters"),
                r.problems().get(0).reason());
        assertTrue(System.nanoTime() - start < 10_000_000_000L, "capped quickly");
    }

    @Test
    void smallRepeatedFragmentRendersEveryCopy() throws IOException {
        Result r = read(EvtxBytes.file(List.of(EvtxBytes.repeatedFragment(2, 1))));
        assertEquals(List.of(), r.problems());
        assertEquals("<Event>\n  <F>\n    <F/>\n  </F>\n  <F>\n    <F/>\n  </F>\n</Event>", r.records().get(0).xml());
    }

    @Test
    void chunkBudgetStopsManyExpensiveRecords() throws IOException {
        List<java.util.function.IntFunction<byte[]>> bodies = new ArrayList<>();
        // each record renders to about 1.4 M characters, under the per-record cap of 2 M
        for (int i = 0; i < 9; i++) {
            bodies.add(EvtxBytes.repeatedFragment(400, 400));
        }
        Result r = read(EvtxBytes.file(bodies));
        assertEquals(6, r.records().size(), "records until the chunk's 8 M characters are used up");
        assertEquals(3, r.problems().size(), r.problems().toString());
        assertTrue(anyReason(r.problems(), "chunk rendering budget used up"), r.problems().toString());
    }

    @Test
    void templateThatContainsItselfIsRejected() throws IOException {
        Result r = read(EvtxBytes.file(List.of(EvtxBytes.selfReferencingTemplate(), EvtxBytes.simpleEvent("ok"))));
        assertEquals(1, r.records().size());
        assertEquals(2, r.records().get(0).recordId());
        assertEquals(1, r.problems().size(), r.problems().toString());
        assertTrue(r.problems().get(0).reason().contains("refers to itself"), r.problems().get(0).reason());
    }

    @Test
    void aReaderIsReadOnce() throws IOException {
        Path file = tmp.resolve("once.evtx");
        Files.write(file, EvtxBytes.file(List.of(EvtxBytes.simpleEvent("x"))));
        try (EvtxReader reader = EvtxReader.open(file)) {
            assertEquals(1, reader.records().count());
            assertThrows(IllegalStateException.class, reader::iterator);
            assertThrows(IllegalStateException.class, () -> reader.readParallel(2, r -> { }));
        }
        try (EvtxReader reader = EvtxReader.open(file)) {
            assertThrows(IllegalArgumentException.class, () -> reader.readParallel(0, r -> { }));
        }
    }

    @Test
    void missingFileIsAnIOException() {
        assertThrows(java.nio.file.NoSuchFileException.class, () -> EvtxReader.open(tmp.resolve("absent.evtx")));
    }

    @Test
    void moderateNestingRenders() throws IOException {
        Result r = read(EvtxBytes.file(List.of(EvtxBytes.nestedElements(3))));
        assertEquals(List.of(), r.problems());
        assertEquals("<E>\n  <E>\n    <E/>\n  </E>\n</E>", r.records().get(0).xml());
    }

    @Test
    void hugeSubstitutionCountIsRejected() throws IOException {
        byte[] bytes = EvtxBytes.file(List.of(EvtxBytes.simpleEvent("x"), EvtxBytes.simpleEvent("y")));
        // the first record's substitution count follows its inline template; find it by its value
        int count = indexOf(bytes, new byte[] {1, 0, 0, 0, 2, 0, 1, 0, 'x', 0});
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(count, 0x7fffffff);
        Result r = read(bytes);
        assertEquals(1, r.records().size());
        assertEquals("<Event>\n  <Data>y</Data>\n</Event>", r.records().get(0).xml());
        assertTrue(anyReason(r.problems(), "substitution count 2147483647 exceeds the record"), r.problems().toString());
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer: for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("pattern not found");
    }
}
