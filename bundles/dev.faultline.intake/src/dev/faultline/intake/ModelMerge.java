package dev.faultline.intake;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;

import dev.faultline.model.Evidence;
import dev.faultline.model.persistence.InvestigationFolder;

/**
 * The objects another writer added to an investigation on disk, as copies ready to be added to the
 * investigation open in memory: every object of the disk model whose {@code xmi:id} the open one
 * neither has nor had when it was loaded or last saved (its baseline), below a container the open
 * one still has. References of the copies to objects both have point to the open one's objects; the
 * copies keep their {@code xmi:id}s ({@link #keepIds}). What the open model's user deleted since the
 * baseline is not added again.
 */
public final class ModelMerge {

    /**
     * One added object.
     *
     * @param owner the object of the open model to add it to
     * @param feature the containment of {@code owner} it belongs in
     * @param copy the copy to add (not contained yet)
     * @param id its {@code xmi:id} on disk
     */
    public record Addition(EObject owner, EReference feature, EObject copy, String id) {
    }

    private final List<Addition> additions = new ArrayList<>();
    private final Map<EObject, String> idsOfCopies = new HashMap<>();

    private ModelMerge() {
    }

    /** Every {@code xmi:id} of an open investigation (its baseline, when taken right after a load or save). */
    public static Set<String> ids(InvestigationFolder folder) {
        Set<String> ids = new HashSet<>();
        XMLResource resource = (XMLResource) folder.resource();
        for (TreeIterator<EObject> all = resource.getAllContents(); all.hasNext();) {
            String id = resource.getID(all.next());
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }

    /** What {@code disk} has that {@code open} neither has nor had at {@code baseline}. */
    public static ModelMerge of(InvestigationFolder open, InvestigationFolder disk, Set<String> baseline) {
        ModelMerge merge = new ModelMerge();
        XMLResource ours = (XMLResource) open.resource();
        XMLResource theirs = (XMLResource) disk.resource();
        Map<String, EObject> ourObjects = new HashMap<>();
        for (TreeIterator<EObject> all = ours.getAllContents(); all.hasNext();) {
            EObject object = all.next();
            ourObjects.put(ours.getID(object), object);
        }
        ourObjects.put(theirs.getID(disk.investigation()), open.investigation()); // the root is the root, whatever its id
        List<EObject> originals = new ArrayList<>();
        List<EObject> owners = new ArrayList<>();
        for (TreeIterator<EObject> all = theirs.getAllContents(); all.hasNext();) {
            EObject object = all.next();
            String id = theirs.getID(object);
            if (object == disk.investigation() || ourObjects.containsKey(id)) {
                continue;
            }
            all.prune(); // its content comes with it, or (when it is not added) stays out
            EObject owner = ourObjects.get(theirs.getID(object.eContainer()));
            if (baseline.contains(id) || owner == null) {
                continue; // deleted here since the load: the user's decision stands
            }
            originals.add(object);
            owners.add(owner);
        }
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        Collection<EObject> copies = copier.copyAll(originals);
        copier.copyReferences();
        for (Map.Entry<EObject, EObject> copied : copier.entrySet()) {
            merge.idsOfCopies.put(copied.getValue(), theirs.getID(copied.getKey()));
            redirect(copied.getValue(), theirs, ourObjects);
        }
        int i = 0;
        for (EObject copy : copies) {
            EObject original = originals.get(i);
            merge.additions.add(new Addition(owners.get(i), original.eContainmentFeature(), copy, theirs.getID(original)));
            i++;
        }
        return merge;
    }

    /** Points the copy's references to objects of the disk model that were not copied at the open model's objects of the same id. */
    @SuppressWarnings("unchecked")
    private static void redirect(EObject copy, XMLResource theirs, Map<String, EObject> ourObjects) {
        for (EReference reference : copy.eClass().getEAllReferences()) {
            if (reference.isContainment() || reference.isContainer() || reference.isDerived() || !reference.isChangeable()) {
                continue;
            }
            if (reference.isMany()) {
                EList<EObject> targets = (EList<EObject>) copy.eGet(reference);
                for (int j = targets.size() - 1; j >= 0; j--) {
                    EObject target = targets.get(j);
                    if (target.eResource() == theirs) { // an original the copies share with the open model
                        EObject ours = ourObjects.get(theirs.getID(target));
                        if (ours == null) {
                            targets.remove(j);
                        } else {
                            targets.set(j, ours);
                        }
                    }
                }
            } else {
                EObject target = (EObject) copy.eGet(reference);
                if (target != null && target.eResource() == theirs) {
                    copy.eSet(reference, ourObjects.get(theirs.getID(target)));
                }
            }
        }
    }

    public List<Addition> additions() {
        return additions;
    }

    public boolean isEmpty() {
        return additions.isEmpty();
    }

    /** Added objects, counting their content. */
    public int objectCount() {
        return idsOfCopies.size();
    }

    /** Evidence among the additions. */
    public long evidenceCount() {
        return idsOfCopies.keySet().stream().filter(Evidence.class::isInstance).count();
    }

    /** Adds every addition to the open model directly (headless; the workbench adds them through its command stack). */
    @SuppressWarnings("unchecked")
    public void applyTo(InvestigationFolder open) {
        for (Addition addition : additions) {
            if (addition.feature().isMany()) {
                ((EList<EObject>) addition.owner().eGet(addition.feature())).add(addition.copy());
            } else {
                addition.owner().eSet(addition.feature(), addition.copy());
            }
        }
        keepIds(open);
    }

    /** Gives the added copies (once contained in {@code open}) their {@code xmi:id}s of disk. */
    public void keepIds(InvestigationFolder open) {
        XMLResource ours = (XMLResource) open.resource();
        for (Map.Entry<EObject, String> copy : idsOfCopies.entrySet()) {
            if (copy.getKey().eResource() == ours && copy.getValue() != null) {
                ours.setID(copy.getKey(), copy.getValue());
            }
        }
    }
}
