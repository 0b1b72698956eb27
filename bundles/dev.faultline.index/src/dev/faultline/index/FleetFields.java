package dev.faultline.index;

import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.util.BytesRef;

import dev.faultline.core.evidence.EvidenceRecord;
import dev.faultline.index.internal.IndexValues;

/**
 * The doc values the fleet analyses read ({@link FleetScan}): for each crash analysis its failure
 * bucket, blamed module, image, bugcheck code, stack and host; for each per-host update record the
 * update and the host; for each Kernel-Power 41, EventLog 6008 and BugCheck 1001 event the host.
 * One single-valued sorted field each, so a scan reads ordinals and looks a value up once per
 * segment and distinct value, never per record.
 */
final class FleetFields {

    static final String CRASH_BUCKET = "fleet.crash.bucket";
    static final String CRASH_MODULE = "fleet.crash.module";
    static final String CRASH_IMAGE = "fleet.crash.image";
    static final String CRASH_BUGCHECK = "fleet.crash.bugcheck";
    static final String CRASH_STACK = "fleet.crash.stack";
    /** The host (keyword: trimmed, lower-case) of a crash, a per-host update record or a boot event. */
    static final String HOST = "fleet.host";
    /** The update a per-host update record is about (see {@link FleetScan#updateKey}). */
    static final String UPDATE = "fleet.update";

    /** Event ids whose host is recorded: unexpected shutdowns and bugcheck reboots. */
    static final String[] BOOT_EVENTS = { "41", "6008", "1001" };

    /** Lucene refuses doc values terms longer than 32,766 bytes; a stack is cut well before. */
    private static final int MAX_STACK_CHARS = 4000;

    private FleetFields() {
    }

    static void add(Document doc, EvidenceRecord record, Map<String, String> fields) {
        String kind = record.kind();
        String host = record.host() == null || record.host().isBlank() ? null : IndexValues.keyword(record.host());
        if ("crash".equals(kind)) {
            sorted(doc, CRASH_BUCKET, fields.get(EvidenceRecord.Fields.FAILURE_BUCKET));
            String module = fields.get(EvidenceRecord.Fields.MODULE);
            sorted(doc, CRASH_MODULE, module == null || module.isBlank() ? null : IndexValues.moduleBase(module));
            String image = fields.get("imageName");
            sorted(doc, CRASH_IMAGE, image == null || image.isBlank() ? null : IndexValues.keyword(image));
            String bugcheck = fields.get(EvidenceRecord.Fields.BUGCHECK);
            sorted(doc, CRASH_BUGCHECK, bugcheck == null || bugcheck.isBlank() ? null : IndexValues.bugcheck(bugcheck));
            String stack = fields.get("stack");
            sorted(doc, CRASH_STACK, stack == null || stack.length() <= MAX_STACK_CHARS ? stack : stack.substring(0, MAX_STACK_CHARS));
            sorted(doc, HOST, host);
        } else if ("update".equals(kind) && host != null) {
            sorted(doc, UPDATE, FleetScan.updateKey(fields.get("identifier"), fields.get("product"), fields.get("version")));
            sorted(doc, HOST, host);
        } else if (host != null && isBootEvent(fields.get(EvidenceRecord.Fields.EVENT_ID))) {
            sorted(doc, HOST, host);
        }
    }

    private static boolean isBootEvent(String eventId) {
        if (eventId == null) {
            return false;
        }
        String id = eventId.strip();
        for (String boot : BOOT_EVENTS) {
            if (boot.equals(id)) {
                return true;
            }
        }
        return false;
    }

    private static void sorted(Document doc, String field, String value) {
        if (value != null && !value.isBlank()) {
            doc.add(new SortedDocValuesField(field, new BytesRef(value)));
        }
    }
}
