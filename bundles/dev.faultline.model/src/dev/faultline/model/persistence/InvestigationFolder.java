package dev.faultline.model.persistence;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

import dev.faultline.model.Evidence;
import dev.faultline.model.FaultlineFactory;
import dev.faultline.model.FaultlinePackage;
import dev.faultline.model.Investigation;
import dev.faultline.model.InvestigationStatus;

/**
 * An investigation on disk: a folder holding
 * <ul>
 * <li>{@value #MODEL_FILE}: the whole model as one formatted XMI file with stable {@code xmi:id}s,</li>
 * <li>{@value #EVIDENCE_DIR}{@code /}: read-only copies of the imported evidence files
 * ({@link Evidence#getPath()} is relative to it),</li>
 * <li>{@value #INDEX_DIR}{@code /} and {@value #DIAGRAMS_DIR}{@code /}: reserved for the search index and
 * the diagrams (created by their owners),</li>
 * <li>{@value #LOCK_FILE}: the writer lock (a folder holding only it and empty folders counts as empty).</li>
 * </ul>
 * Saving is atomic (see {@link AtomicFileWriter}): a crash during {@link #save()} leaves the last
 * good {@value #MODEL_FILE}. Works inside and outside OSGi: the package and the resource factory are
 * registered in the folder's own resource set.
 */
public final class InvestigationFolder {

    public static final String MODEL_FILE = "investigation.xmi";
    public static final String EVIDENCE_DIR = "evidence";
    public static final String INDEX_DIR = "index";
    public static final String DIAGRAMS_DIR = "diagrams";
    /** The writer lock of the folder (taken by every writer; see {@code dev.faultline.intake.InvestigationLock}). */
    public static final String LOCK_FILE = ".faultline.lock";

    private final Path root;
    private final ResourceSet resourceSet;
    private final Resource resource;
    private AtomicFileWriter writer = new AtomicFileWriter();

    private InvestigationFolder(Path root, ResourceSet resourceSet, Resource resource) {
        this.root = root;
        this.resourceSet = resourceSet;
        this.resource = resource;
    }

    /** A resource set that can load and save investigations, with local registrations only. */
    public static ResourceSet newResourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getPackageRegistry().put(FaultlinePackage.eNS_URI, FaultlinePackage.eINSTANCE);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi",
                new InvestigationResourceFactory());
        return resourceSet;
    }

    /**
     * Creates a new investigation folder holding a fresh investigation (status open, created now,
     * titled after the folder) and saves it.
     *
     * @param dir a folder that does not exist or is empty
     */
    public static InvestigationFolder create(Path dir) throws IOException {
        Investigation investigation = FaultlineFactory.eINSTANCE.createInvestigation();
        Path name = dir.toAbsolutePath().normalize().getFileName();
        investigation.setTitle(name == null ? "Investigation" : name.toString());
        investigation.setStatus(InvestigationStatus.OPEN);
        Instant now = Instant.now();
        investigation.setCreated(now);
        investigation.setUpdated(now);
        return create(dir, investigation);
    }

    /**
     * Creates a new investigation folder for {@code investigation} (which must not belong to a
     * resource yet) and saves it.
     *
     * @param dir a folder that does not exist or is empty
     */
    public static InvestigationFolder create(Path dir, Investigation investigation) throws IOException {
        Objects.requireNonNull(investigation, "investigation");
        if (investigation.eResource() != null) {
            throw new IllegalArgumentException("investigation already belongs to " + investigation.eResource().getURI());
        }
        Path root = dir.toAbsolutePath().normalize();
        if (Files.exists(root)) {
            if (!Files.isDirectory(root)) {
                throw new InvestigationFolderException(root + ": exists and is not a folder");
            }
            if (!holdsNothing(root)) {
                throw new InvestigationFolderException(root + ": folder is not empty; a new investigation needs an empty folder");
            }
        }
        Files.createDirectories(root.resolve(EVIDENCE_DIR));
        ResourceSet resourceSet = newResourceSet();
        Resource resource = resourceSet.createResource(fileUri(root));
        resource.getContents().add(investigation);
        InvestigationFolder folder = new InvestigationFolder(root, resourceSet, resource);
        folder.save();
        return folder;
    }

    /**
     * Whether a folder holds nothing but the writer lock and empty folders (what a creation killed
     * before its first save leaves), i.e. may become a new investigation.
     */
    public static boolean holdsNothing(Path dir) throws IOException {
        try (Stream<Path> entries = Files.walk(dir)) {
            return entries.allMatch(entry -> entry.equals(dir) || Files.isDirectory(entry) || entry.getFileName().toString().equals(LOCK_FILE)
                    && entry.getParent().equals(dir));
        }
    }

    /**
     * Opens an existing investigation folder.
     *
     * @throws InvestigationFolderException if the folder or its model file is missing, or the model
     *         file cannot be read (the message names file, line and column)
     */
    public static InvestigationFolder open(Path dir) throws IOException {
        Path root = dir.toAbsolutePath().normalize();
        Path modelFile = root.resolve(MODEL_FILE);
        if (!Files.isDirectory(root)) {
            throw new InvestigationFolderException(root + ": not a folder");
        }
        if (!Files.isRegularFile(modelFile)) {
            throw new InvestigationFolderException(root + ": not an investigation folder (no " + MODEL_FILE + ")");
        }
        deleteStaleTemporaryFiles(root);
        ResourceSet resourceSet = newResourceSet();
        Resource resource = resourceSet.createResource(fileUri(root));
        try {
            resource.load(null);
        } catch (IOException e) {
            throw new InvestigationFolderException(describeLoadErrors(modelFile, resource, e), e);
        }
        if (!resource.getErrors().isEmpty()) {
            throw new InvestigationFolderException(describeLoadErrors(modelFile, resource, null));
        }
        if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Investigation)) {
            throw new InvestigationFolderException(modelFile + ": does not contain exactly one Investigation");
        }
        return new InvestigationFolder(root, resourceSet, resource);
    }

    /** Partial model files left by a save that was killed before it could clean up. */
    private static void deleteStaleTemporaryFiles(Path root) throws IOException {
        try (DirectoryStream<Path> stale = Files.newDirectoryStream(root, "." + MODEL_FILE + ".*" + AtomicFileWriter.TEMP_SUFFIX)) {
            for (Path file : stale) {
                Files.deleteIfExists(file);
            }
        }
    }

    private static String describeLoadErrors(Path modelFile, Resource resource, IOException cause) {
        Stream<Resource.Diagnostic> errors = resource.getErrors().stream();
        String listed = errors.map(d -> modelFile + ":" + d.getLine() + ":" + d.getColumn() + ": " + readable(d))
                .collect(Collectors.joining("\n"));
        if (!listed.isEmpty()) {
            return listed;
        }
        for (Throwable reason = cause; reason != null; reason = reason.getCause() == reason ? null : reason.getCause()) {
            if (reason instanceof Resource.Diagnostic diagnostic) {
                return modelFile + ":" + diagnostic.getLine() + ":" + diagnostic.getColumn() + ": " + readable(diagnostic);
            }
        }
        return modelFile + ": cannot be read: " + (cause == null ? "unknown reason" : cause.getMessage());
    }

    /**
     * What a load diagnostic says, without the parser's wrapping ("org.xml.sax.SAXParseExceptionpublicId: ...;
     * lineNumber: ...") that the file:line:column prefix already says better.
     */
    static String readable(Resource.Diagnostic diagnostic) {
        String message = diagnostic.getMessage();
        if (diagnostic instanceof Throwable wrapper) {
            Throwable innermost = wrapper;
            while (innermost.getCause() != null && innermost.getCause() != innermost) {
                innermost = innermost.getCause();
            }
            if (innermost != wrapper && innermost.getMessage() != null && !innermost.getMessage().isBlank()) {
                message = innermost.getMessage();
            }
        }
        if (message == null) {
            return "cannot be read";
        }
        return message.replaceFirst("^[\\w.$]*Exception(publicId: [^;]*; systemId: [^;]*; lineNumber: \\d+; columnNumber: \\d+; )?", "")
                .replaceFirst(" \\([^()]*, \\d+, \\d+\\)$", "").strip();
    }

    private static URI fileUri(Path root) {
        return URI.createFileURI(root.resolve(MODEL_FILE).toString());
    }

    /**
     * Writes the model atomically to {@value #MODEL_FILE}: if this fails, the file on disk is the
     * previous version and the model in memory is unchanged.
     */
    public void save() throws IOException {
        writer.write(modelFile(), out -> resource.save(out, null));
        resource.setModified(false);
    }

    /** Replaces the writer used by {@link #save()}; tests use it to simulate a crash mid-write. */
    void useWriter(AtomicFileWriter replacement) {
        this.writer = Objects.requireNonNull(replacement, "replacement");
    }

    /** The root object of the model. */
    public Investigation investigation() {
        return (Investigation) resource.getContents().get(0);
    }

    /** The folder itself (absolute, normalised). */
    public Path root() {
        return root;
    }

    /** {@value #MODEL_FILE} inside the folder. */
    public Path modelFile() {
        return root.resolve(MODEL_FILE);
    }

    /** The folder of the read-only evidence copies. */
    public Path evidenceDir() {
        return root.resolve(EVIDENCE_DIR);
    }

    /** Reserved for the search index. */
    public Path indexDir() {
        return root.resolve(INDEX_DIR);
    }

    /** Reserved for diagrams. */
    public Path diagramsDir() {
        return root.resolve(DIAGRAMS_DIR);
    }

    /** The resource set holding the model (give it to the editing domain). */
    public ResourceSet resourceSet() {
        return resourceSet;
    }

    /** The resource of {@value #MODEL_FILE}. */
    public Resource resource() {
        return resource;
    }

    /** The stable {@code xmi:id} of an object of this investigation, or {@code null} if it is not in it. */
    public String idOf(EObject object) {
        return object.eResource() == resource ? ((InvestigationResource) resource).getID(object) : null;
    }

    /**
     * The file of an evidence item inside {@link #evidenceDir()}.
     *
     * @throws InvestigationFolderException if its path is empty, absolute or leads outside the folder
     */
    public Path evidenceFile(Evidence evidence) throws InvestigationFolderException {
        return EvidencePaths.resolve(evidenceDir(), evidence);
    }
}
