package dev.faultline.diagram.internal;

import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

import dev.faultline.diagram.notation.Bendpoint;

/**
 * The XMI resource of one diagram file: stable {@code xmi:id}s (UUIDs) for the diagram, nodes and edges, so
 * references from edges to nodes and diffs stay stable; formatted UTF-8 with {@code \n} line ends.
 */
public final class DiagramResource extends XMIResourceImpl {

    public DiagramResource(URI uri) {
        super(uri);
        Map<Object, Object> save = getDefaultSaveOptions();
        save.put(XMLResource.OPTION_ENCODING, "UTF-8");
        save.put(XMLResource.OPTION_LINE_DELIMITER, "\n");
        save.put(XMLResource.OPTION_LINE_WIDTH, Integer.valueOf(120));
        save.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
        save.put(XMLResource.OPTION_SCHEMA_LOCATION, Boolean.FALSE);
    }

    @Override
    protected boolean useUUIDs() {
        return true;
    }

    /** Bendpoints are referred to by nothing: no id (keeps files small and the sample's file stable). */
    @Override
    protected void attachedHelper(EObject eObject) {
        if (!(eObject instanceof Bendpoint)) {
            super.attachedHelper(eObject);
        }
    }

    @Override
    protected boolean useIDAttributes() {
        return false;
    }
}
