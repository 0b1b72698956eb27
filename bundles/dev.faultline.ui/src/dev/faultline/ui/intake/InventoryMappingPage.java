package dev.faultline.ui.intake;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;

import dev.faultline.core.formats.inventory.HostField;

/**
 * The Import wizard's mapping step for host inventories: each column header Faultline does not
 * know can be mapped to a host field (host name, OS build, site, sensor version ...) or kept as a
 * plain attribute of the row.
 */
class InventoryMappingPage extends WizardPage {

    static final String KEEP = "(keep as attribute)";

    private final List<ImportRow> rows;
    private Composite content;
    private ScrolledComposite scroll;

    InventoryMappingPage(List<ImportRow> rows) {
        super("inventory-mapping");
        this.rows = rows;
        setTitle("Map Inventory Columns");
        setDescription("Faultline does not know these column headers. Map them to host fields, or keep them as attributes.");
    }

    /** Whether any inventory file to import has headers to ask about. */
    boolean isNeeded() {
        return rows.stream().anyMatch(r -> !r.unknownHeaders().isEmpty());
    }

    @Override
    public void createControl(Composite parent) {
        scroll = new ScrolledComposite(parent, SWT.V_SCROLL);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        content = new Composite(scroll, SWT.NONE);
        content.setLayout(new GridLayout(1, false));
        scroll.setContent(content);
        setControl(scroll);
    }

    @Override
    public void setVisible(boolean visible) {
        if (visible) {
            fill();
        }
        super.setVisible(visible);
    }

    private void fill() {
        for (var child : content.getChildren()) {
            child.dispose();
        }
        List<String> choices = new ArrayList<>();
        choices.add(KEEP);
        for (HostField field : HostField.values()) {
            choices.add(field.name());
        }
        for (ImportRow row : rows) {
            List<String> unknown = row.unknownHeaders();
            if (unknown.isEmpty()) {
                continue;
            }
            Group group = new Group(content, SWT.NONE);
            group.setText(row.path.getFileName().toString());
            group.setLayout(new GridLayout(2, false));
            group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            for (String header : unknown) {
                new Label(group, SWT.NONE).setText(header);
                Combo combo = new Combo(group, SWT.READ_ONLY);
                combo.setItems(choices.toArray(String[]::new));
                HostField current = row.mapping.get(header);
                combo.select(current == null ? 0 : choices.indexOf(current.name()));
                combo.setData(header);
                combo.addListener(SWT.Selection, e -> {
                    if (combo.getSelectionIndex() <= 0) {
                        row.mapping.remove(header);
                    } else {
                        row.mapping.put(header, HostField.valueOf(combo.getText()));
                    }
                });
            }
        }
        scroll.setMinSize(content.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        content.layout(true, true);
    }
}
