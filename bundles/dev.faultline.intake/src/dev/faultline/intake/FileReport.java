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
 */
public record FileReport(String file, String evidencePath, String format, long records, long rejected,
        List<Rejection> rejections, boolean duplicate, String error) {

    public boolean ok() {
        return error == null && rejected == 0;
    }
}
