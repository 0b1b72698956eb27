package dev.faultline.diagram.ui.actions;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.Command;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.editparts.ZoomManager;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

import dev.faultline.diagram.DiagramExporter;
import dev.faultline.diagram.ExportFormat;
import dev.faultline.diagram.commands.Alignment;
import dev.faultline.diagram.commands.DiagramCommands;
import dev.faultline.diagram.notation.DiagramEdge;
import dev.faultline.diagram.notation.DiagramNode;
import dev.faultline.diagram.ui.editparts.EdgeEditPart;
import dev.faultline.diagram.ui.editparts.EditorContext;
import dev.faultline.diagram.ui.editparts.NodeEditPart;

/**
 * The diagram editor's actions over the viewer's selected boxes and arrows: remove from diagram,
 * delete from model, align, collapse, layout, zoom and export. Each edit is one command on the
 * investigation's command stack.
 */
public final class DiagramActions {

    /** Export PNGs at twice the diagram's size (sharp on high-density screens and in documents). */
    public static final double PNG_SCALE = 2;

    private final EditorContext context;
    private final GraphicalViewer viewer;
    private final List<SelectionAction> selectionActions = new ArrayList<>();
    private final IAction removeFromDiagram;
    private final IAction deleteFromModel;
    private final IAction collapse;
    private final List<IAction> align = new ArrayList<>();
    private final IAction layout;
    private final IAction export;
    private final IAction zoomIn;
    private final IAction zoomOut;
    private final IAction zoomFit;
    private final IAction rename;
    private final IAction overview;

    public DiagramActions(EditorContext context, GraphicalViewer viewer, ZoomManager zoom, Runnable directEdit) {
        this.context = context;
        this.viewer = viewer;
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        removeFromDiagram = selection("Remove from Diagram\tDelete", "the boxes and arrows only; the facts stay in the investigation",
                () -> DiagramCommands.removeFromDiagram(context.domain(), context.diagram(), nodes(), edges()));
        removeFromDiagram.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_ETOOL_CLEAR));
        deleteFromModel = selection("Delete from Model\tShift+Delete", "deletes the facts (with their causal links) and links from the investigation",
                () -> DiagramCommands.deleteFromModel(context.domain(), context.folder(), context.diagram(), nodes(), edges()));
        deleteFromModel.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_DELETE));
        collapse = selection("Collapse / Expand", "shows only the title of a box, or all of it", () -> {
            List<DiagramNode> nodes = nodes();
            return nodes.size() == 1 ? DiagramCommands.setCollapsed(context.domain(), nodes.get(0), !nodes.get(0).isCollapsed()) : null;
        });
        for (Alignment alignment : Alignment.values()) {
            align.add(selection("Align " + alignment.label(), "lines the boxes up with the first selected",
                    () -> DiagramCommands.align(context.domain(), nodes(), alignment)));
        }
        layout = new Action("Layout (ELK)") {
            @Override
            public void run() {
                BusyIndicator.showWhile(viewer.getControl().getDisplay(),
                        () -> execute(DiagramCommands.layout(context.domain(), context.folder(), context.diagram())));
            }
        };
        layout.setToolTipText("Lays the diagram out left to right in causal order");
        export = new Action("Export Diagram...") {
            @Override
            public void run() {
                exportInteractively(viewer.getControl().getShell());
            }
        };
        export.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_ETOOL_SAVEAS_EDIT));
        zoomIn = new Action("Zoom In\tCtrl+=") {
            @Override
            public void run() {
                zoom.zoomIn();
            }
        };
        zoomOut = new Action("Zoom Out\tCtrl+-") {
            @Override
            public void run() {
                zoom.zoomOut();
            }
        };
        zoomFit = new Action("Zoom to Fit\tCtrl+0") {
            @Override
            public void run() {
                zoom.setZoomAsText(ZoomManager.FIT_ALL);
            }
        };
        rename = new Action("Rename\tF2") {
            @Override
            public void run() {
                directEdit.run();
            }
        };
        rename.setToolTipText("Edits the name of the selected box in place (F2, or click the title of a selected box)");
        overview = new Action("Show Overview") {
            @Override
            public void run() {
                try {
                    PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(IPageLayout.ID_OUTLINE);
                } catch (PartInitException e) {
                    ILog.of(DiagramActions.class).log(e.getStatus());
                }
            }
        };
        overview.setToolTipText("Shows the whole drawing in the Outline view; drag its frame to scroll");
        viewer.addSelectionChangedListener(event -> update());
        update();
    }

    private IAction selection(String text, String tip, java.util.function.Supplier<Command> command) {
        SelectionAction action = new SelectionAction(text, command);
        action.setToolTipText(text.split("\t")[0] + ": " + tip);
        selectionActions.add(action);
        return action;
    }

    /** An action enabled when its command for the current selection can execute. */
    private final class SelectionAction extends Action {
        private final java.util.function.Supplier<Command> command;

        SelectionAction(String text, java.util.function.Supplier<Command> command) {
            super(text);
            this.command = command;
        }

        void update() {
            Command candidate = viewer.getSelectedEditParts().isEmpty() ? null : command.get();
            setEnabled(candidate != null && candidate.canExecute());
        }

        @Override
        public void run() {
            Command candidate = command.get();
            if (candidate != null) {
                execute(candidate);
            }
        }
    }

    /** Enables and disables the selection actions. */
    public void update() {
        selectionActions.forEach(SelectionAction::update);
        rename.setEnabled(!nodes().isEmpty());
    }

    private void execute(Command command) {
        if (command.canExecute()) {
            context.session().commandStack().execute(command);
        }
    }

    private List<DiagramNode> nodes() {
        List<DiagramNode> nodes = new ArrayList<>();
        for (Object part : viewer.getSelectedEditParts()) {
            if (part instanceof NodeEditPart node) {
                nodes.add(node.node());
            }
        }
        return nodes;
    }

    private List<DiagramEdge> edges() {
        List<DiagramEdge> edges = new ArrayList<>();
        for (Object part : viewer.getSelectedEditParts()) {
            if (part instanceof EdgeEditPart edge) {
                edges.add(edge.edge());
            }
        }
        return edges;
    }

    /** Asks for a file (.svg, .png or .pdf) and exports the diagram as it is in the editor now. */
    void exportInteractively(Shell shell) {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText("Export Diagram");
        dialog.setFilterExtensions(new String[] { "*.svg", "*.png", "*.pdf" });
        dialog.setFilterNames(new String[] { "SVG (vector, labels as text)", "PNG (image, 2x)", "PDF (vector)" });
        dialog.setFileName(context.diagram().getName() + ".svg");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            exportTo(shell, Path.of(chosen));
        }
    }

    /** Exports to {@code file}, its format taken from the extension (SVG when it has none of the three). */
    public boolean exportTo(Shell shell, Path file) {
        String name = file.getFileName().toString();
        ExportFormat format = ExportFormat.parse(name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "");
        ExportFormat chosen = format == null ? ExportFormat.SVG : format;
        boolean[] done = { false };
        BusyIndicator.showWhile(shell.getDisplay(), () -> {
            try {
                DiagramExporter.export(context.diagram(), context.folder(), chosen, PNG_SCALE, file);
                done[0] = true;
            } catch (IOException | RuntimeException e) {
                ILog.of(DiagramActions.class).log(Status.error("Could not export the diagram to " + file, e));
                MessageDialog.openError(shell, "Export Diagram", "Could not export the diagram to " + file + ":\n" + e.getMessage());
            }
        });
        return done[0];
    }

    public IAction removeFromDiagram() {
        return removeFromDiagram;
    }

    public IAction deleteFromModel() {
        return deleteFromModel;
    }

    public IAction collapse() {
        return collapse;
    }

    public List<IAction> align() {
        return align;
    }

    public IAction layout() {
        return layout;
    }

    public IAction export() {
        return export;
    }

    public IAction zoomIn() {
        return zoomIn;
    }

    public IAction zoomOut() {
        return zoomOut;
    }

    public IAction zoomFit() {
        return zoomFit;
    }

    public IAction rename() {
        return rename;
    }

    public IAction overview() {
        return overview;
    }
}
