package dev.faultline.model.sample;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The public sources of the built-in sample, as the text of its one evidence file
 * ({@value #FILE_NAME}). Faultline wrote this file (it is a list of references, not a copy of
 * any source); each line holds one source, so facts can cite it by line.
 */
final class SampleSources {

    static final String FILE_NAME = "sample-sources.md";

    /** CrowdStrike, "Technical Details: Falcon Content Update for Windows Hosts" (2024-07-19/20). */
    static final String TECHNICAL_DETAILS = "https://www.crowdstrike.com/blog/falcon-update-for-windows-hosts-technical-details/";
    /** CrowdStrike, Preliminary Post Incident Review, on the remediation and guidance hub (2024-07-24). */
    static final String PIR = "https://www.crowdstrike.com/falcon-content-update-remediation-and-guidance-hub/";
    /** Report on CrowdStrike's External Technical Root Cause Analysis (2024-08-06). */
    static final String RCA = "https://www.techtarget.com/searchsecurity/news/366602392/CrowdStrike-details-errors-that-led-to-mass-IT-outage";
    /** Microsoft Security blog (2024-07-27), WER kernel dump pattern of csagent.sys. */
    static final String MICROSOFT = "https://www.microsoft.com/en-us/security/blog/2024/07/27/windows-security-best-practices-for-integrating-and-managing-security-tools/";
    /** Report of Microsoft's estimate of about 8.5 million affected Windows devices. */
    static final String IMPACT = "https://devopsie.com/2025-10-04/crowdstrike-s-global-outage-a-maturity-stress-test-for-incident-response-and-postmortem-culture.html";
    /** Manual recovery: Safe Mode, delete C-00000291*.sys, reboot. */
    static final String MANUAL_RECOVERY = "https://ironhackers-new-site.pages.dev/en/crowdstrike-falcon-outage-anatomia/";
    /** Press quote of the unrelated Azure incident of the evening before. */
    static final String AZURE = "https://pythonlibraries.substack.com/p/crowdstrike-update-causes-global-windows-crash-microsofts-response";

    private static final List<String> LINES = List.of(
            "# Public sources of the built-in sample investigation (CrowdStrike channel file 291, 2024-07-19)",
            "",
            "Written by Faultline: references only. Values not found in these sources are marked reconstructed in the model.",
            "",
            "- Technical details (release 04:09 UTC, remediation 05:27 UTC, C-00000291*.sys, sensor 7.11+, named pipes): " + TECHNICAL_DETAILS,
            "- Preliminary Post Incident Review (IPC Template Type, Content Validator bug, Content Interpreter OOB read): " + PIR,
            "- External Technical Root Cause Analysis, as reported (21 input fields defined, 20 supplied; ~99% of sensors back by 2024-07-29): " + RCA,
            "- Microsoft analysis of WER kernel dumps (csagent.sys, READ_ADDRESS ffff840500000074, csagent+0xe14ed): " + MICROSOFT,
            "- Microsoft's estimate of about 8.5 million affected Windows devices, as reported: " + IMPACT,
            "- Manual recovery (Safe Mode, delete the channel file, reboot): " + MANUAL_RECOVERY,
            "- Unrelated Azure incident from about 2024-07-18 19:00 UTC (not part of this incident): " + AZURE);

    private SampleSources() {
    }

    /** The file's text, UTF-8 with {@code \n} line ends. */
    static String text() {
        return String.join("\n", LINES) + "\n";
    }

    static byte[] bytes() {
        return text().getBytes(StandardCharsets.UTF_8);
    }

    static String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the Java runtime has no SHA-256", e);
        }
    }

    /** The 1-based line that cites {@code url}. */
    static long lineOf(String url) {
        for (int i = 0; i < LINES.size(); i++) {
            if (LINES.get(i).endsWith(url)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("not a sample source: " + url);
    }
}
