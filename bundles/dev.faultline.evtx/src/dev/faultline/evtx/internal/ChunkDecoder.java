package dev.faultline.evtx.internal;

import java.util.List;
import java.util.function.Consumer;
import java.util.zip.CRC32;

import dev.faultline.evtx.EvtxProblem;
import dev.faultline.evtx.EvtxRecord;

/**
 * Validates one 64 KiB chunk and decodes its event records. Checksum mismatches are reported and
 * the records are still decoded one by one, each checked on its own (signature, size, trailing
 * size copy, binary XML bounds); a damaged record is reported and skipped, and reading resumes at
 * the next record signature. Not thread-safe: use one instance per thread.
 */
public final class ChunkDecoder {

    /** Size of a chunk. */
    public static final int CHUNK_SIZE = 65_536;
    /** Size of the chunk header (string and template tables included). */
    static final int CHUNK_HEADER_SIZE = 512;
    /** Reason text of problems caused by a decoder bug rather than by the file. */
    public static final String DECODER_ERROR = "decoder error";
    private static final int RECORD_SIGNATURE = 0x00002a2a;
    private static final int MIN_RECORD_SIZE = 28;
    private static final byte[] CHUNK_SIGNATURE = {'E', 'l', 'f', 'C', 'h', 'n', 'k', 0};

    private final EventRenderer renderer = new EventRenderer();
    private final CRC32 crc = new CRC32();

    /** Outcome of looking at a chunk's first bytes. */
    public enum Kind {
        /** Starts with the chunk signature. */
        CHUNK,
        /** All bytes zero: space allocated but never written. */
        EMPTY,
        /** Anything else. */
        DAMAGED
    }

    /** @return what the {@code length} bytes of {@code chunk} look like */
    public static Kind kind(byte[] chunk, int length) {
        if (length >= CHUNK_SIGNATURE.length) {
            boolean signature = true;
            for (int i = 0; i < CHUNK_SIGNATURE.length; i++) {
                if (chunk[i] != CHUNK_SIGNATURE[i]) {
                    signature = false;
                    break;
                }
            }
            if (signature) {
                return Kind.CHUNK;
            }
        }
        for (int i = 0; i < length; i++) {
            if (chunk[i] != 0) {
                return Kind.DAMAGED;
            }
        }
        return Kind.EMPTY;
    }

    /**
     * Decodes the records of a chunk that starts with the chunk signature.
     *
     * @param chunk       the chunk's bytes
     * @param length      valid bytes in {@code chunk} (less than {@link #CHUNK_SIZE} if the file is truncated)
     * @param chunkNumber zero-based chunk number, for problems and records
     * @param fileOffset  file offset of the chunk
     * @param records     receives the decoded records in file order
     * @param problems    receives the damage found
     */
    public void decode(byte[] chunk, int length, long chunkNumber, long fileOffset, List<EvtxRecord> records,
            Consumer<EvtxProblem> problems) {
        if (length < CHUNK_HEADER_SIZE) {
            problems.accept(new EvtxProblem(chunkNumber, fileOffset, "chunk truncated to " + length
                    + " bytes, shorter than its 512-byte header; no records read"));
            return;
        }
        if (length < CHUNK_SIZE) {
            problems.accept(new EvtxProblem(chunkNumber, fileOffset, "chunk truncated to " + length + " of "
                    + CHUNK_SIZE + " bytes; reading the records that are complete"));
        }
        crc.reset();
        crc.update(chunk, 0, 120);
        crc.update(chunk, 128, CHUNK_HEADER_SIZE - 128);
        long headerChecksum = LittleEndian.u32(chunk, 124);
        if (crc.getValue() != headerChecksum) {
            problems.accept(new EvtxProblem(chunkNumber, fileOffset + 124, String.format(
                    "chunk header checksum mismatch (stored 0x%08x, computed 0x%08x); reading records anyway",
                    headerChecksum, crc.getValue())));
        }
        long freeSpace = LittleEndian.u32(chunk, 48);
        int limit;
        boolean freeSpaceValid = freeSpace >= CHUNK_HEADER_SIZE && freeSpace <= CHUNK_SIZE;
        if (!freeSpaceValid) {
            problems.accept(new EvtxProblem(chunkNumber, fileOffset + 48, "free space offset " + freeSpace
                    + " is outside the chunk; scanning the whole chunk for records"));
            limit = length;
        } else if (freeSpace > length) {
            limit = length;
        } else {
            limit = (int) freeSpace;
            crc.reset();
            crc.update(chunk, CHUNK_HEADER_SIZE, limit - CHUNK_HEADER_SIZE);
            long dataChecksum = LittleEndian.u32(chunk, 52);
            if (crc.getValue() != dataChecksum) {
                problems.accept(new EvtxProblem(chunkNumber, fileOffset + 52, String.format(
                        "event records checksum mismatch (stored 0x%08x, computed 0x%08x); reading records one by one",
                        dataChecksum, crc.getValue())));
            }
        }
        BinXmlParser parser = new BinXmlParser(chunk, length);
        renderer.startChunk();
        int pos = CHUNK_HEADER_SIZE;
        while (pos <= limit - MIN_RECORD_SIZE) {
            if (!validRecordAt(chunk, pos, limit)) {
                if (!freeSpaceValid && LittleEndian.i32(chunk, pos) == 0) {
                    break;
                }
                int next = nextRecord(chunk, pos + 1, limit);
                problems.accept(new EvtxProblem(chunkNumber, fileOffset + pos, describeBadRecord(chunk, pos, limit)
                        + (next < 0 ? "; no further record in this chunk" : "; skipped " + (next - pos) + " bytes to the next record")));
                if (next < 0) {
                    break;
                }
                pos = next;
                continue;
            }
            int size = LittleEndian.i32(chunk, pos + 4);
            long recordId = LittleEndian.i64(chunk, pos + 8);
            long written = LittleEndian.i64(chunk, pos + 16);
            try {
                BinXmlNode[] nodes = parser.parseRecord(pos + 24, pos + size - 4);
                EventRenderer.Rendered event = renderer.render(nodes);
                records.add(new EvtxRecord(recordId, ValueFormats.fileTimeToInstant(written), event.xml(),
                        event.provider(), event.eventId(), event.level(), event.channel(), event.computer(),
                        event.systemTime(), event.eventRecordId(), event.data(), chunkNumber, fileOffset + pos));
            } catch (EvtxDamageException e) {
                long where = e.chunkOffset() >= 0 ? fileOffset + e.chunkOffset() : fileOffset + pos;
                problems.accept(new EvtxProblem(chunkNumber, where, "record " + Long.toUnsignedString(recordId)
                        + " at file offset " + (fileOffset + pos) + " skipped: " + e.getMessage()));
            } catch (RuntimeException | StackOverflowError e) {
                // a decoder bug must not cost the other records; the fuzz tests fail on this reason
                problems.accept(new EvtxProblem(chunkNumber, fileOffset + pos, "record " + Long.toUnsignedString(recordId)
                        + " at file offset " + (fileOffset + pos) + " skipped: " + DECODER_ERROR + " (" + e + ")"));
            }
            pos += size;
        }
    }

    private static boolean validRecordAt(byte[] chunk, int pos, int limit) {
        if (pos < 0 || pos > limit - MIN_RECORD_SIZE || LittleEndian.i32(chunk, pos) != RECORD_SIGNATURE) {
            return false;
        }
        int size = LittleEndian.i32(chunk, pos + 4);
        return size >= MIN_RECORD_SIZE && size <= limit - pos && LittleEndian.i32(chunk, pos + size - 4) == size;
    }

    private static int nextRecord(byte[] chunk, int from, int limit) {
        for (int pos = from; pos <= limit - MIN_RECORD_SIZE; pos++) {
            if (chunk[pos] == 0x2a && validRecordAt(chunk, pos, limit)) {
                return pos;
            }
        }
        return -1;
    }

    private static String describeBadRecord(byte[] chunk, int pos, int limit) {
        if (LittleEndian.i32(chunk, pos) != RECORD_SIGNATURE) {
            return "no record signature at chunk offset " + pos;
        }
        long size = LittleEndian.u32(chunk, pos + 4);
        if (size < MIN_RECORD_SIZE || size > limit - pos) {
            return "record size " + size + " at chunk offset " + pos + " does not fit in the chunk's "
                    + (limit - pos) + " remaining bytes";
        }
        return "record size " + size + " at chunk offset " + pos + " differs from its trailing copy "
                + LittleEndian.u32(chunk, pos + (int) size - 4);
    }
}
