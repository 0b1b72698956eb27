package dev.faultline.diagram.ui.editparts;

import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.tools.CellEditorLocator;
import org.eclipse.gef.tools.DirectEditManager;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Text;

import dev.faultline.diagram.render.FigureContents;

/** Direct edit of a box's label (the fact's name attribute) in a text field over its title. */
final class LabelEditManager extends DirectEditManager {

    private final NodeEditPart part;

    LabelEditManager(NodeEditPart part, EditorContext context) {
        super(part, TextCellEditor.class, new TitleLocator(part));
        this.part = part;
    }

    @Override
    protected CellEditor createCellEditorOn(org.eclipse.swt.widgets.Composite composite) {
        return new TextCellEditor(composite, SWT.SINGLE | SWT.BORDER);
    }

    @Override
    protected void initCellEditor() {
        EObject fact = part.fact();
        EAttribute attribute = fact == null ? null : FigureContents.labelAttribute(fact);
        Object value = attribute == null ? null : fact.eGet(attribute);
        getCellEditor().setValue(value == null ? "" : value.toString());
        ((Text) getCellEditor().getControl()).selectAll();
    }

    /** Puts the text field over the title of the box. */
    private record TitleLocator(NodeEditPart part) implements CellEditorLocator {
        @Override
        public void relocate(CellEditor editor) {
            Rectangle area = part.nodeFigure().titleArea().getCopy();
            part.nodeFigure().translateToAbsolute(area);
            Text text = (Text) editor.getControl();
            int height = text.computeSize(SWT.DEFAULT, SWT.DEFAULT).y;
            text.setBounds(area.x, area.y, Math.max(area.width, 120), height);
        }
    }
}
