package dev.faultline.model.persistence;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import dev.faultline.model.Evidence;

/** Resolves {@link Evidence#getPath()} against an evidence folder, refusing paths that escape it. */
public final class EvidencePaths {

    private EvidencePaths() {
    }

    /**
     * @throws InvestigationFolderException if the path is empty, absolute, invalid or leads outside
     *         {@code evidenceDir}
     */
    public static Path resolve(Path evidenceDir, Evidence evidence) throws InvestigationFolderException {
        String path = evidence.getPath();
        if (path == null || path.isBlank()) {
            throw new InvestigationFolderException("evidence '" + evidence.getOriginalName() + "' has no path");
        }
        Path relative;
        try {
            relative = Path.of(path);
        } catch (InvalidPathException e) {
            throw new InvestigationFolderException("evidence path '" + path + "' is not a valid path: " + e.getReason(), e);
        }
        Path base = evidenceDir.toAbsolutePath().normalize();
        Path resolved = base.resolve(relative).normalize();
        if (relative.isAbsolute() || !resolved.startsWith(base) || resolved.equals(base)) {
            throw new InvestigationFolderException("evidence path '" + path + "' must be relative and stay inside " + base);
        }
        return resolved;
    }
}
