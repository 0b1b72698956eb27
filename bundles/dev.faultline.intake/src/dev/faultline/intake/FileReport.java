package dev.faultline.intake;

import java.util.List;

import dev.faultline.core.formats.Rejection;

/**
 * What importing one file did.
 *
 * @param file the file as given (or "archive.zip!entry")
 * @param evidencePath its path inside the investigation's evidence folder, or null when not stored
 * @param format the format it was read as, or null
 * @param records records read
 * @param rejected records rejected
 * @param rejections the first {@value EvidenceImporter#MAX_KEPT_REJECTIONS} rejections (file, line/offset, reason)
 * @param duplicate the same bytes were already in the investigation: nothing was imported again
 * @param error why the file could not be imported at all, or null
 * @param untimed records read that have no time (e.g. RFC 3164 syslog without a year given): they
 *            are searchable but not on the timeline nor in {@code time:} ranges
 * @param rereadFrom the format the file, already in the investigation, had been read with before this
 *            import read it again (another format or other options given), or null for a first reading
 */
public record FileReport(String file, String evidencePath, String format, long records, long rejected,
        List<Rejection> rejections, boolean duplicate, String error, long untimed, String rereadFrom) {

    /** A report of a file without untimed records that was not read before. */
    public FileReport(String file, String evidencePath, String format, long records, long rejected, List<Rejection> rejections,
            boolean duplicate, String error) {
        this(file, evidencePath, format, records, rejected, rejections, duplicate, error, 0, null);
    }

    public boolean ok() {
        return error == null && rejected == 0;
    }
}
