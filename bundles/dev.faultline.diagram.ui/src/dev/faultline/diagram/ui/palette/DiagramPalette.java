package dev.faultline.diagram.ui.palette;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.gef.palette.CombinedTemplateCreationEntry;
import org.eclipse.gef.tools.AbstractTool;
import org.eclipse.gef.palette.ConnectionCreationToolEntry;
import org.eclipse.gef.palette.MarqueeToolEntry;
import org.eclipse.gef.palette.PaletteDrawer;
import org.eclipse.gef.palette.PaletteGroup;
import org.eclipse.gef.palette.PaletteRoot;
import org.eclipse.gef.palette.SelectionToolEntry;
import org.eclipse.gef.requests.CreationFactory;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;

import dev.faultline.diagram.render.NodeKind;
import dev.faultline.model.FaultlinePackage;
import dev.faultline.model.RelationKind;

/**
 * The editor's palette: select and marquee; one tool per kind of fact (a new fact in the investigation
 * and its box); one link tool per relation kind (a new causal link and its arrow). Icons are small
 * swatches in the kinds' colours.
 */
public final class DiagramPalette {

    private DiagramPalette() {
    }

    public static PaletteRoot create() {
        PaletteRoot root = new PaletteRoot();
        PaletteGroup tools = new PaletteGroup("Tools");
        SelectionToolEntry select = new SelectionToolEntry();
        tools.add(select);
        tools.add(new MarqueeToolEntry());
        root.add(tools);
        root.setDefaultEntry(select);

        FaultlinePackage p = FaultlinePackage.eINSTANCE;
        PaletteDrawer facts = new PaletteDrawer("Facts");
        facts.add(fact("Update", "A software, content or configuration change", p.getUpdate(), NodeKind.UPDATE));
        facts.add(fact("Driver", "A driver involved", p.getDriver(), NodeKind.DRIVER));
        facts.add(fact("Crash cluster", "Crashes sharing one signature", p.getCrashCluster(), NodeKind.CRASH_CLUSTER));
        facts.add(fact("Outage", "An affected service", p.getOutage(), NodeKind.OUTAGE));
        facts.add(fact("Host group", "A fleet segment, with counts", p.getHostGroup(), NodeKind.HOST_GROUP));
        facts.add(fact("Timeline event", "An event on the timeline", p.getTimelineEvent(), NodeKind.TIMELINE_EVENT));
        facts.add(fact("Remediation", "What was done to mitigate or recover", p.getRemediation(), NodeKind.REMEDIATION));
        root.add(facts);

        PaletteDrawer links = new PaletteDrawer("Causal links");
        for (RelationKind relation : RelationKind.values()) {
            String label = relation.getLiteral().substring(0, 1).toUpperCase() + relation.getLiteral().substring(1);
            ImageDescriptor icon = swatch(relation == RelationKind.MITIGATES ? 0x188038 : 0x3C4043, true);
            ConnectionCreationToolEntry link = new ConnectionCreationToolEntry(label,
                    "A causal link: click the cause, then the effect (" + relation.getLiteral() + ")", new Factory(relation), icon, icon);
            // back to Select after one link, as after one box
            link.setToolProperty(AbstractTool.PROPERTY_UNLOAD_WHEN_FINISHED, Boolean.TRUE);
            links.add(link);
        }
        root.add(links);
        return root;
    }

    private static CombinedTemplateCreationEntry fact(String label, String description, EClass type, NodeKind kind) {
        ImageDescriptor icon = swatch(kind.accent(), false);
        return new CombinedTemplateCreationEntry(label, description, type, new Factory(type), icon, icon);
    }

    /** What a palette tool makes: an EClass (a fact) or a RelationKind (a link). */
    private record Factory(Object type) implements CreationFactory {
        @Override
        public Object getNewObject() {
            return type;
        }

        @Override
        public Object getObjectType() {
            return type;
        }
    }

    /** A 16x16 rounded swatch (or an arrow) in a colour. */
    static ImageDescriptor swatch(int rgb, boolean arrow) {
        PaletteData palette = new PaletteData(0xFF0000, 0xFF00, 0xFF);
        ImageData data = new ImageData(16, 16, 24, palette);
        data.transparentPixel = palette.getPixel(new RGB(255, 255, 255));
        int color = palette.getPixel(new RGB((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF));
        int white = data.transparentPixel;
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 16; x++) {
                boolean on;
                if (arrow) {
                    on = (y >= 7 && y <= 8 && x >= 1 && x <= 11) || (x >= 10 && x <= 14 && Math.abs(y - 7.5) <= (14 - x) + 0.5);
                } else {
                    boolean corner = (x < 2 || x > 13) && (y < 2 || y > 13);
                    on = x >= 1 && x <= 14 && y >= 2 && y <= 13 && !corner;
                }
                data.setPixel(x, y, on ? color : white);
            }
        }
        return ImageDescriptor.createFromImageDataProvider(zoom -> zoom == 100 ? data : null);
    }
}
