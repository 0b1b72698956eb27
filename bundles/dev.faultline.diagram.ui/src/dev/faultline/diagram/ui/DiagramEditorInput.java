package dev.faultline.diagram.ui;

import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/** A diagram of an investigation folder, by name ({@code diagrams/NAME.diagram}). */
public final class DiagramEditorInput implements IEditorInput {

    private final Path folder;
    private final String name;

    public DiagramEditorInput(Path folder, String name) {
        this.folder = Objects.requireNonNull(folder, "folder");
        this.name = Objects.requireNonNull(name, "name");
    }

    public Path folder() {
        return folder;
    }

    public String diagramName() {
        return name;
    }

    @Override
    public boolean exists() {
        return false;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return null;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return "Diagram " + name + " of " + folder;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DiagramEditorInput input && input.folder.equals(folder) && input.name.equals(name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(folder, name);
    }
}
