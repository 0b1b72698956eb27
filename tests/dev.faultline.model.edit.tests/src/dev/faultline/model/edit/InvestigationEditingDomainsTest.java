package dev.faultline.model.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.IViewerNotification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.model.CausalLink;
import dev.faultline.model.CrashAnalysis;
import dev.faultline.model.Driver;
import dev.faultline.model.FaultlineFactory;
import dev.faultline.model.FaultlinePackage.Literals;
import dev.faultline.model.Host;
import dev.faultline.model.Investigation;
import dev.faultline.model.Outage;
import dev.faultline.model.StackFrame;
import dev.faultline.model.TimelineEvent;
import dev.faultline.model.Update;
import dev.faultline.model.persistence.InvestigationFolder;
import dev.faultline.model.sample.SampleInvestigation;

/** Every kind of edit through the domain's command stack, undone and redone, on several classes. */
class InvestigationEditingDomainsTest {

    @TempDir
    Path temp;

    private InvestigationFolder folder;
    private AdapterFactoryEditingDomain domain;
    private CommandStack stack;
    private Investigation investigation;

    @BeforeEach
    void openSample() throws IOException {
        folder = SampleInvestigation.writeTo(temp.resolve("sample"));
        domain = InvestigationEditingDomains.create(folder);
        stack = domain.getCommandStack();
        investigation = folder.investigation();
    }

    @AfterEach
    void dispose() {
        InvestigationEditingDomains.dispose(domain);
    }

    private void execute(Command command) {
        assertTrue(command.canExecute(), "cannot execute " + command.getLabel());
        stack.execute(command);
    }

    @Test
    void theDomainBelongsToTheFolderAndIsFoundFromItsObjects() {
        assertSame(folder.resourceSet(), domain.getResourceSet());
        assertSame(domain, InvestigationEditingDomains.domainOf(investigation.getHosts().get(0)));
    }

    @Test
    void setUndoRedoOnSeveralClasses() {
        Host host = investigation.getHosts().get(0);
        Update update = investigation.getUpdates().get(1);
        Driver driver = investigation.getDrivers().get(0);
        Instant reverted = update.getRevertedAt();

        execute(SetCommand.create(domain, investigation, Literals.INVESTIGATION__TITLE, "Renamed"));
        execute(SetCommand.create(domain, host, Literals.HOST__NAME, "kiosk-renamed"));
        execute(SetCommand.create(domain, update, Literals.UPDATE__REVERTED_AT, Instant.parse("2024-07-19T06:00:00Z")));
        execute(SetCommand.create(domain, driver, Literals.DRIVER__SIGNED, Boolean.TRUE));
        assertEquals("Renamed", investigation.getTitle());
        assertEquals("kiosk-renamed", host.getName());
        assertEquals(Instant.parse("2024-07-19T06:00:00Z"), update.getRevertedAt());
        assertTrue(driver.isSigned());

        stack.undo();
        stack.undo();
        stack.undo();
        stack.undo();
        assertEquals(SampleInvestigation.TITLE, investigation.getTitle());
        assertEquals("checkin-kiosk-01 (illustrative)", host.getName());
        assertEquals(reverted, update.getRevertedAt());
        assertFalse(driver.isSigned());

        stack.redo();
        stack.redo();
        assertEquals("Renamed", investigation.getTitle());
        assertEquals("kiosk-renamed", host.getName());
        assertEquals(reverted, update.getRevertedAt());
    }

    @Test
    void addUndoRedoOfContainedObjectsValuesAndReferences() {
        Host host = FaultlineFactory.eINSTANCE.createHost();
        host.setName("new-host");
        TimelineEvent event = investigation.getTimelineEvents().get(0);
        Outage outage = investigation.getOutages().get(0);
        int hosts = investigation.getHosts().size();

        execute(AddCommand.create(domain, investigation, Literals.INVESTIGATION__HOSTS, host));
        execute(AddCommand.create(domain, event, Literals.TIMELINE_EVENT__TAGS, List.of("pir", "named-pipes")));
        execute(AddCommand.create(domain, outage, Literals.OUTAGE__AFFECTED_HOSTS, host));
        assertEquals(hosts + 1, investigation.getHosts().size());
        assertEquals(List.of("pir", "named-pipes"), event.getTags());
        assertTrue(outage.getAffectedHosts().contains(host));

        stack.undo();
        stack.undo();
        stack.undo();
        assertEquals(hosts, investigation.getHosts().size());
        assertNull(host.eContainer());
        assertEquals(List.of(), event.getTags());
        assertFalse(outage.getAffectedHosts().contains(host));

        stack.redo();
        assertSame(investigation, host.eContainer());
    }

    @Test
    void removeAndDeleteUndoRedo() {
        CausalLink link = investigation.getCausalLinks().get(0);
        Outage outage = investigation.getOutages().get(3);
        int links = investigation.getCausalLinks().size();
        long outageLinks = countLinksTo(outage);
        assertEquals(1, outageLinks);

        execute(RemoveCommand.create(domain, investigation, Literals.INVESTIGATION__CAUSAL_LINKS, link));
        assertEquals(links - 1, investigation.getCausalLinks().size());
        execute(DeleteCommand.create(domain, outage));
        assertFalse(investigation.getOutages().contains(outage));
        assertEquals(0, countLinksTo(outage), "DeleteCommand also clears references to the outage");

        stack.undo();
        assertTrue(investigation.getOutages().contains(outage));
        assertEquals(1, countLinksTo(outage));
        stack.undo();
        assertEquals(links, investigation.getCausalLinks().size());
        assertSame(link, investigation.getCausalLinks().get(0));

        stack.redo();
        assertEquals(links - 1, investigation.getCausalLinks().size());
    }

    @Test
    void createChildUndoRedoOfferedByTheItemProviders() {
        CrashAnalysis crash = investigation.getCrashAnalyses().get(0);
        int frames = crash.getFrames().size();
        Object frameDescriptor = descriptor(crash, Literals.CRASH_ANALYSIS__FRAMES);
        Object incidentDescriptor = descriptor(investigation, Literals.INVESTIGATION__INCIDENTS);

        execute(CreateChildCommand.create(domain, crash, frameDescriptor, List.of(crash)));
        execute(CreateChildCommand.create(domain, investigation, incidentDescriptor, List.of(investigation)));
        assertEquals(frames + 1, crash.getFrames().size());
        assertTrue(crash.getFrames().get(frames) instanceof StackFrame);
        assertEquals(2, investigation.getIncidents().size());

        stack.undo();
        stack.undo();
        assertEquals(frames, crash.getFrames().size());
        assertEquals(1, investigation.getIncidents().size());
        stack.redo();
        assertEquals(frames + 1, crash.getFrames().size());
    }

    @Test
    void dirtyUntilMarkedSavedAndEditsSurviveSaveAndReload() throws IOException {
        assertFalse(InvestigationEditingDomains.isDirty(domain));
        execute(SetCommand.create(domain, investigation, Literals.INVESTIGATION__SUMMARY, "edited summary"));
        assertTrue(InvestigationEditingDomains.isDirty(domain));

        folder.save();
        InvestigationEditingDomains.markSaved(domain);

        assertFalse(InvestigationEditingDomains.isDirty(domain));
        Investigation reloaded = InvestigationFolder.open(folder.root()).investigation();
        assertTrue(EcoreUtil.equals(investigation, reloaded));
        assertEquals("edited summary", reloaded.getSummary());
        stack.undo();
        assertTrue(InvestigationEditingDomains.isDirty(domain));
    }

    @Test
    void itemProvidersGiveLabelsChildrenAndProperties() {
        Driver driver = investigation.getDrivers().get(0);
        assertEquals("Driver csagent.sys", InvestigationEditingDomains.label(domain, driver));
        assertEquals("Update Channel File 291", InvestigationEditingDomains.label(domain, investigation.getUpdates().get(1)));

        ITreeItemContentProvider tree = (ITreeItemContentProvider) domain.getAdapterFactory().adapt(investigation,
                ITreeItemContentProvider.class);
        Collection<?> children = tree.getChildren(investigation);
        assertTrue(children.contains(driver));
        assertTrue(children.containsAll(investigation.getCausalLinks()));

        IItemPropertySource properties = (IItemPropertySource) domain.getAdapterFactory().adapt(driver, IItemPropertySource.class);
        IItemPropertyDescriptor fileName = properties.getPropertyDescriptor(driver, "fileName");
        assertNotNull(fileName);
        assertEquals("File Name", fileName.getDisplayName(driver));
        fileName.setPropertyValue(driver, "CSAgent.sys");
        assertEquals("CSAgent.sys", driver.getFileName());
        stack.undo();
        assertEquals("csagent.sys", driver.getFileName(), "property sheet edits go through the command stack");
    }

    @Test
    void causalLinksAndEvidenceRefsAreLabelledWithWhatTheyConnect() {
        CausalLink loadedBy = investigation.getCausalLinks().get(1);
        assertEquals("Causal Link 'Channel File 291' \u2192 'csagent.sys' (loaded by)", InvestigationEditingDomains.label(domain, loadedBy));
        assertEquals("Evidence Ref sample-sources.md line 6", InvestigationEditingDomains.label(domain, loadedBy.getCitations().get(0)));

        List<Object> labelChanges = new ArrayList<>();
        ((IChangeNotifier) domain.getAdapterFactory()).addListener(n -> {
            if (n instanceof IViewerNotification v && v.isLabelUpdate()) {
                labelChanges.add(v.getElement());
            }
        });
        InvestigationEditingDomains.label(domain, loadedBy);
        execute(SetCommand.create(domain, loadedBy, Literals.CAUSAL_LINK__EFFECT, investigation.getCrashClusters().get(0)));

        assertEquals(List.of(loadedBy), labelChanges);
        assertEquals("Causal Link 'Channel File 291' \u2192 'csagent.sys out-of-bounds read (Channel File 291)' (loaded by)",
                InvestigationEditingDomains.label(domain, loadedBy));
    }

    @Test
    void itemProvidersFindTheDrawnIcons() {
        Object image = ((IItemLabelProvider) domain.getAdapterFactory()
                .adapt(investigation.getDrivers().get(0), IItemLabelProvider.class))
                .getImage(investigation.getDrivers().get(0));
        assertNotNull(image);
        assertTrue(String.valueOf(image).endsWith("icons/full/obj16/Driver.gif"), String.valueOf(image));
    }

    private Object descriptor(Object owner, Object feature) {
        Collection<?> descriptors = domain.getNewChildDescriptors(owner, null);
        return descriptors.stream()
                .filter(d -> d instanceof CommandParameter p && p.getFeature() == feature)
                .findFirst().orElseThrow(() -> new AssertionError("no child descriptor for " + feature + " in " + descriptors));
    }

    private long countLinksTo(Outage outage) {
        return investigation.getCausalLinks().stream().filter(l -> l.getEffect() == outage).count();
    }
}
