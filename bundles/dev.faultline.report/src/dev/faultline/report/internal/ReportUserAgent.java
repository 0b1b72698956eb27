package dev.faultline.report.internal;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextUserAgent;

/**
 * Where the PDF templates' resources come from. {@code picture:NAME} is a picture of the report (its one-page vector
 * PDF: {@code picture:diagram}, {@code picture:timeline}); a relative name ({@code logo.png}, {@code fonts/Corp.ttf})
 * is a file beside the PDF templates ({@code <templates folder>/pdf/}), the folders searched in the same order as for
 * the templates, and it must stay inside its templates folder; Flying Saucer's own style sheets
 * come from its jar. Nothing else is loaded: no network, no other file, so a report renders the same offline.
 */
final class ReportUserAgent extends ITextUserAgent {

    static final String PICTURE = "picture:";
    private static final String REFUSED = "refused:";
    private static final String PDF_FOLDER = "pdf";
    private static final Set<String> PACKAGED = Set.of("jar", "bundleresource", "bundleentry");

    private final Map<String, byte[]> pictures;
    private final List<Path> folders;

    /**
     * @param pictures the report's pictures as PDF, by name
     * @param folders the templates folders (absolute), searched in order
     */
    ReportUserAgent(ITextOutputDevice device, int dotsPerPixel, Map<String, byte[]> pictures, List<Path> folders) {
        super(device, dotsPerPixel);
        this.pictures = pictures;
        this.folders = folders.stream().map(f -> f.toAbsolutePath().normalize()).toList();
    }

    @Override
    public String resolveURI(String uri) {
        if (uri == null || uri.startsWith(PICTURE) || uri.startsWith(REFUSED)) {
            return uri;
        }
        URI parsed;
        try {
            parsed = new URI(uri.strip());
        } catch (URISyntaxException e) {
            return REFUSED + uri;
        }
        String scheme = parsed.getScheme() == null ? "" : parsed.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.isEmpty()) {
            return inFolders(parsed.getPath());
        }
        if (PACKAGED.contains(scheme) || scheme.equals("file") && isInFolders(Path.of(parsed))) {
            return uri;
        }
        return REFUSED + uri;
    }

    private String inFolders(String relative) {
        if (relative == null || relative.isEmpty()) {
            return REFUSED;
        }
        for (Path folder : folders) {
            Path file = folder.resolve(PDF_FOLDER).resolve(relative).normalize();
            if (file.startsWith(folder) && Files.isRegularFile(file)) {
                return file.toUri().toString();
            }
        }
        return REFUSED + relative;
    }

    private boolean isInFolders(Path file) {
        Path normal = file.toAbsolutePath().normalize();
        return folders.stream().anyMatch(normal::startsWith);
    }

    @Override
    protected InputStream resolveAndOpenStream(String uri) {
        String resolved = resolveURI(uri);
        if (resolved == null || resolved.startsWith(REFUSED)) {
            return null;
        }
        if (resolved.startsWith(PICTURE)) {
            byte[] pdf = pictures.get(resolved.substring(PICTURE.length()));
            return pdf == null ? null : new ByteArrayInputStream(pdf);
        }
        return super.resolveAndOpenStream(resolved);
    }

    @Override
    public byte[] getBinaryResource(String uri) {
        String resolved = resolveURI(uri);
        if (resolved == null || resolved.startsWith(REFUSED)) {
            return null;
        }
        if (resolved.startsWith(PICTURE)) {
            return pictures.get(resolved.substring(PICTURE.length()));
        }
        return super.getBinaryResource(resolved);
    }
}
