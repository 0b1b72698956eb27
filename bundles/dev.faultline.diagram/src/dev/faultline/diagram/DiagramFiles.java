package dev.faultline.diagram;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

import dev.faultline.diagram.internal.DiagramResource;
import dev.faultline.diagram.notation.Diagram;
import dev.faultline.diagram.notation.NotationFactory;
import dev.faultline.diagram.notation.NotationPackage;
import dev.faultline.model.persistence.AtomicFileWriter;
import dev.faultline.model.persistence.InvestigationFolder;

/**
 * The diagrams of an investigation: one file per diagram, {@code diagrams/NAME}{@value #EXTENSION}
 * in the investigation folder, written atomically (temporary file, fsync, rename) like the model.
 * Names are file-name safe: letters, digits, space, dot, dash, underscore, at most 64 characters.
 */
public final class DiagramFiles {

    public static final String EXTENSION = ".diagram";
    /** The diagram the sample comes with and "new diagram from causal links" proposes. */
    public static final String DEFAULT_NAME = "causal-chain";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._-]{0,63}");

    private DiagramFiles() {
    }

    /** Names of the investigation's diagrams, sorted; empty when there are none. */
    public static List<String> list(InvestigationFolder folder) throws IOException {
        List<String> names = new ArrayList<>();
        Path dir = folder.diagramsDir();
        if (!Files.isDirectory(dir)) {
            return names;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + EXTENSION)) {
            for (Path file : files) {
                String fileName = file.getFileName().toString();
                if (Files.isRegularFile(file) && !fileName.startsWith(".")) {
                    names.add(fileName.substring(0, fileName.length() - EXTENSION.length()));
                }
            }
        }
        names.sort(String.CASE_INSENSITIVE_ORDER);
        return names;
    }

    /** Whether {@code name} can name a diagram file. */
    public static boolean isValidName(String name) {
        return name != null && NAME.matcher(name).matches() && !name.endsWith(".") && !name.endsWith(" ");
    }

    /**
     * The file of diagram {@code name}.
     *
     * @throws DiagramException if the name cannot be a diagram file name
     */
    public static Path fileOf(InvestigationFolder folder, String name) throws DiagramException {
        if (!isValidName(name)) {
            throw new DiagramException("'" + name + "' is not a diagram name (letters, digits, space, '.', '-', '_';"
                    + " at most 64 characters)");
        }
        return folder.diagramsDir().resolve(name + EXTENSION);
    }

    /** A new, empty diagram in a resource of its own (not saved yet). */
    public static Diagram create(InvestigationFolder folder, String name) throws DiagramException {
        Path file = fileOf(folder, name);
        Diagram diagram = NotationFactory.eINSTANCE.createDiagram();
        diagram.setName(name);
        newResourceSet().createResource(URI.createFileURI(file.toString())).getContents().add(diagram);
        return diagram;
    }

    /**
     * Reads diagram {@code name}.
     *
     * @throws DiagramException if there is no such diagram (the message lists the ones there are) or
     *         its file cannot be read (the message names file, line and column)
     */
    public static Diagram load(InvestigationFolder folder, String name) throws IOException {
        Path file = fileOf(folder, name);
        if (!Files.isRegularFile(file)) {
            List<String> names = list(folder);
            throw new DiagramException(folder.root() + ": no diagram '" + name + "' ("
                    + (names.isEmpty() ? "the investigation has no diagrams" : "diagrams: " + String.join(", ", names)) + ")");
        }
        Resource resource = newResourceSet().createResource(URI.createFileURI(file.toString()));
        try {
            resource.load(null);
        } catch (IOException | RuntimeException e) {
            throw new DiagramException(describe(file, resource, e), e);
        }
        if (!resource.getErrors().isEmpty()) {
            throw new DiagramException(describe(file, resource, null));
        }
        if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Diagram diagram)) {
            throw new DiagramException(file + ": does not contain exactly one diagram");
        }
        diagram.setName(name);
        return diagram;
    }

    /** Writes {@code diagram} atomically to its file (creating {@code diagrams/} when missing). */
    public static void save(InvestigationFolder folder, Diagram diagram) throws IOException {
        Path file = fileOf(folder, diagram.getName());
        Files.createDirectories(file.getParent());
        Resource resource = diagram.eResource();
        if (resource == null) {
            resource = newResourceSet().createResource(URI.createFileURI(file.toString()));
            resource.getContents().add(diagram);
        } else {
            resource.setURI(URI.createFileURI(file.toString()));
        }
        Resource saved = resource;
        new AtomicFileWriter().write(file, out -> saved.save(out, null));
        resource.setModified(false);
    }

    /** A resource set that reads and writes diagram files, with local registrations only. */
    public static ResourceSet newResourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getPackageRegistry().put(NotationPackage.eNS_URI, NotationPackage.eINSTANCE);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(EXTENSION.substring(1), (Resource.Factory) DiagramResource::new);
        return resourceSet;
    }

    private static String describe(Path file, Resource resource, Exception cause) {
        if (!resource.getErrors().isEmpty()) {
            Resource.Diagnostic first = resource.getErrors().get(0);
            return file + ":" + first.getLine() + ":" + first.getColumn() + ": " + first.getMessage();
        }
        for (Throwable reason = cause; reason != null; reason = reason.getCause() == reason ? null : reason.getCause()) {
            if (reason instanceof Resource.Diagnostic diagnostic) {
                return file + ":" + diagnostic.getLine() + ":" + diagnostic.getColumn() + ": " + reason.getMessage();
            }
        }
        return file + ": cannot be read: " + (cause == null ? "unknown reason" : cause.getMessage());
    }
}
