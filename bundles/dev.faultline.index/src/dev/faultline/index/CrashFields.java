package dev.faultline.index;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.util.BytesRef;

import dev.faultline.core.evidence.EvidenceRecord;
import dev.faultline.index.internal.IndexValues;

/**
 * The fields a crash analysis ({@code kind:crash}, e.g. a WinDbg {@code !analyze -v} file) has in
 * the evidence index besides the fleet doc values of {@link FleetFields} ({@code fleet.crash.bucket},
 * {@code fleet.crash.module}, {@code fleet.crash.image}, {@code fleet.crash.bugcheck},
 * {@code fleet.crash.stack}, {@code fleet.host}) and the numeric doc values {@link IndexFields#TIME}:
 * what clustering by symbol and stack frames, and queries, need. A fleet's analyses beyond a
 * threshold live only in the index (the model keeps representatives), so the index is the complete set.
 * <p>
 * Doc values, lower-case UTF-8, only on crash documents, absent when the analysis lacks the value:
 * <ul>
 * <li>{@link #SYMBOL} {@code crash.symbol}: sorted, SYMBOL_NAME ({@code csagent+e14ed});</li>
 * <li>{@link #FRAMES} {@code crash.frames}: sorted set, the innermost {@value #MAX_FRAMES} stack frames
 * as {@code module!function} without offsets or bare addresses (a set: order and repeats are not
 * kept; the ordered stack is {@code fleet.crash.stack});</li>
 * <li>{@link #TOP_FRAME} {@code crash.topframe}: sorted, the innermost of those frames;</li>
 * <li>{@link #OS_BUILD} {@code crash.osbuild}: sorted, e.g. {@code 19041.4648}.</li>
 * </ul>
 * Indexed keywords for queries: {@link #SYMBOL_TERM} {@code symbol:} and {@link #FRAME_TERM}
 * {@code frame:} (each of the frames above); the image name is also a term of {@code module:}
 * (which {@code image:} searches).
 */
public final class CrashFields {

    public static final String SYMBOL = "crash.symbol";
    public static final String FRAMES = "crash.frames";
    public static final String TOP_FRAME = "crash.topframe";
    public static final String OS_BUILD = "crash.osbuild";
    /** Indexed keyword: the symbol name, lower-case. */
    public static final String SYMBOL_TERM = "symbol";
    /** Indexed keyword: each of the innermost frames as {@code module!function}, lower-case. */
    public static final String FRAME_TERM = "frame";
    /** The image name is indexed as a value of {@link IndexFields#MODULE} (which {@code image:} also searches). */
    public static final String IMAGE_TERM = IndexFields.MODULE;

    /** Frames of a stack kept in {@link #FRAMES}, innermost first. */
    public static final int MAX_FRAMES = 16;

    /** Longest value kept, in characters (doc values take at most 32 KiB); bare-address frames ({@code 0x...}) are left out. */
    static final int MAX_VALUE_LENGTH = 1000;

    /** The kind of record these fields are written for. */
    public static final String KIND = "crash";

    private CrashFields() {
    }

    /** Adds the crash fields when the record is a crash analysis. */
    static void add(Document doc, EvidenceRecord record, Map<String, String> fields) {
        if (!KIND.equals(record.kind())) {
            return;
        }
        String module = fields.get(EvidenceRecord.Fields.MODULE);
        String image = fields.get("imageName");
        if (present(image)) {
            String value = IndexValues.keyword(image);
            if (!present(module) || !IndexValues.moduleNames(module).contains(value)) {
                doc.add(new StringField(IMAGE_TERM, value, Store.NO));
            }
        }
        String symbol = fields.get("symbolName");
        if (present(symbol)) {
            String value = IndexValues.keyword(symbol);
            sorted(doc, SYMBOL, value);
            doc.add(new StringField(SYMBOL_TERM, value, Store.NO));
        }
        String osBuild = fields.get("osBuild");
        if (present(osBuild)) {
            sorted(doc, OS_BUILD, IndexValues.keyword(osBuild));
        }
        String stack = fields.get("stack");
        if (present(stack)) {
            Set<String> frames = frames(stack);
            boolean first = true;
            for (String frame : frames) {
                if (first) {
                    sorted(doc, TOP_FRAME, frame);
                    first = false;
                }
                doc.add(new SortedSetDocValuesField(FRAMES, new BytesRef(frame)));
                doc.add(new StringField(FRAME_TERM, frame, Store.NO));
            }
        }
    }

    /**
     * The innermost {@value #MAX_FRAMES} frames of a stack as written in a crash record's
     * {@code stack} field ({@code nt!A+0x1 < csagent+0xe14ed < ...}), as {@code module!function}
     * lower-case without offsets, innermost first, each once.
     */
    public static Set<String> frames(String stack) {
        Set<String> frames = new LinkedHashSet<>();
        for (String site : stack.split(" < ")) {
            if (frames.size() >= MAX_FRAMES) {
                break;
            }
            String frame = IndexValues.keyword(site);
            int plus = frame.indexOf('+');
            if (plus > 0) {
                frame = frame.substring(0, plus);
            }
            if (!frame.isEmpty() && !frame.startsWith("0x") && frame.length() <= MAX_VALUE_LENGTH) {
                frames.add(frame);
            }
        }
        return frames;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static void sorted(Document doc, String field, String value) {
        if (value.length() > MAX_VALUE_LENGTH) {
            value = value.substring(0, MAX_VALUE_LENGTH);
        }
        doc.add(new SortedDocValuesField(field, new BytesRef(value)));
    }
}
