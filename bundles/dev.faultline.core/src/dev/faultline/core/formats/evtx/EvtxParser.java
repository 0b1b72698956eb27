package dev.faultline.core.formats.evtx;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Consumer;

import dev.faultline.core.evidence.SourceRef;
import dev.faultline.core.formats.FormatParser;
import dev.faultline.core.formats.ParseOptions;
import dev.faultline.core.formats.RecordSink;
import dev.faultline.core.formats.Rejection;
import dev.faultline.core.formats.Timestamps;
import dev.faultline.core.formats.eventlog.EventMapping;
import dev.faultline.core.formats.eventlog.WindowsEvent;
import dev.faultline.evtx.EvtxProblem;
import dev.faultline.evtx.EvtxReader;
import dev.faultline.evtx.EvtxRecord;

/**
 * Binary Windows event logs (.evtx), read by Faultline's own reader and turned into the same
 * events as the XML and CSV exports (one {@link EventMapping} for 41, 1001, 6008, 7045 ...). Damaged
 * chunks and records are reported as rejections at their file offset; the rest is read.
 */
public final class EvtxParser implements FormatParser {

    public static final String ID = "evtx";

    private static final byte[] MAGIC = { 'E', 'l', 'f', 'F', 'i', 'l', 'e', 0 };

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Windows event log, binary (.evtx)";
    }

    @Override
    public int detect(byte[] head) {
        if (head.length < MAGIC.length) {
            return 0;
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (head[i] != MAGIC[i]) {
                return 0;
            }
        }
        return 100;
    }

    /** EVTX is read by offset, so a stream is first spooled to a temporary file (deleted afterwards). */
    @Override
    public void parse(InputStream in, String file, ParseOptions options, RecordSink sink) throws IOException {
        Path spool = Files.createTempFile("faultline-evtx-", ".evtx");
        try {
            try (OutputStream out = Files.newOutputStream(spool)) {
                in.transferTo(out);
            }
            parse(spool, file, sink);
        } finally {
            Files.deleteIfExists(spool);
        }
    }

    /** Reads the file in place (no copy). */
    @Override
    public void parse(Path path, String file, ParseOptions options, RecordSink sink) throws IOException {
        parse(path, file, sink);
    }

    /** Reads an .evtx file in place. */
    public void parse(Path path, String file, RecordSink sink) throws IOException {
        if (Files.size(path) == 0) {
            sink.reject(new Rejection(SourceRef.offset(file, 0, null), "file is empty"));
            return;
        }
        // (a class, not a lambda: a lambda is bootstrapped when it first runs, which a one-off parse would pay)
        Consumer<EvtxProblem> problems = new Consumer<>() {
            @Override
            public void accept(EvtxProblem problem) {
                sink.reject(new Rejection(SourceRef.offset(file, problem.fileOffset(), null), reason(problem.reason())));
            }
        };
        try (EvtxReader reader = EvtxReader.open(path, problems)) {
            for (EvtxRecord record : reader) {
                SourceRef where = SourceRef.offset(file, record.fileOffset(), Long.toString(eventRecordId(record)));
                sink.accept(new EvtxEventRecord(record, EventMapping.map(toEvent(record), where)));
            }
        }
    }

    /** The reader's words, said the way every format says that a file is not what it claims. */
    private static String reason(String readerReason) {
        return readerReason.startsWith("no EVTX file signature") ? "binary data without an EVTX file signature (\"ElfFile\"); looked for event-log chunks anyway"
                : readerReason;
    }

    /** The event as Windows shows it: System/EventRecordID and System/TimeCreated where present (exported logs renumber headers). */
    static WindowsEvent toEvent(EvtxRecord r) {
        Instant time = eventTime(r);
        return new WindowsEvent(r.provider(), r.eventId(), r.level() < 0 ? null : r.level(), emptyToNull(r.channel()),
                emptyToNull(r.computer()), time, Timestamps.format(time), eventRecordId(r), r.data(), null, r.xml());
    }

    /** {@code System/TimeCreated/@SystemTime}, else the record header's written time. */
    static Instant eventTime(EvtxRecord r) {
        return r.systemTime() != null ? r.systemTime() : r.timestamp();
    }

    /** {@code System/EventRecordID}, else the record header's number. */
    static long eventRecordId(EvtxRecord r) {
        return r.eventRecordId() >= 0 ? r.eventRecordId() : r.recordId();
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
