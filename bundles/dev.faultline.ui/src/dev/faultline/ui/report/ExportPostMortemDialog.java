package dev.faultline.ui.report;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import dev.faultline.report.PostMortemExport;
import dev.faultline.report.ReportFormat;
import dev.faultline.report.ReportSection;

/** Asks for the format, the sections and the destination of a post-mortem. */
public class ExportPostMortemDialog extends TitleAreaDialog {

    private final Path investigation;
    private final Map<ReportFormat, Button> formats = new EnumMap<>(ReportFormat.class);
    private final Map<ReportSection, Button> sections = new EnumMap<>(ReportSection.class);
    private Text destination;
    private PostMortemExport export;

    public ExportPostMortemDialog(Shell parent, Path investigation) {
        super(parent);
        this.investigation = investigation;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Export Post-mortem");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle("Export Post-mortem");
        setMessage("Every statement drawn from evidence cites its file, line and SHA-256. Templates: put your own in the"
                + " investigation's templates/ folder.");
        Composite area = (Composite) super.createDialogArea(parent);
        Composite body = new Composite(area, SWT.NONE);
        body.setLayout(new GridLayout(3, false));
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

        new Label(body, SWT.NONE).setText("Format:");
        Composite formatRow = new Composite(body, SWT.NONE);
        formatRow.setLayout(new GridLayout(3, false));
        formatRow.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        for (ReportFormat format : ReportFormat.values()) {
            Button button = new Button(formatRow, SWT.RADIO);
            button.setText(switch (format) {
                case HTML -> "&HTML (one file)";
                case MD -> "&Markdown (pictures beside it)";
                case PDF -> "&PDF";
            });
            button.setData(format);
            button.setSelection(format == ReportFormat.HTML);
            button.addListener(SWT.Selection, e -> formatChanged());
            formats.put(format, button);
        }

        Group sectionBox = new Group(body, SWT.NONE);
        sectionBox.setText("Sections");
        sectionBox.setLayout(new GridLayout(3, true));
        sectionBox.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
        for (ReportSection section : ReportSection.values()) {
            Button check = new Button(sectionBox, SWT.CHECK);
            check.setText(section.title());
            check.setSelection(true);
            check.addListener(SWT.Selection, e -> validate());
            sections.put(section, check);
        }

        new Label(body, SWT.NONE).setText("&Destination:");
        destination = new Text(body, SWT.BORDER);
        destination.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        destination.setText(defaultFile(ReportFormat.HTML).toString());
        destination.addListener(SWT.Modify, e -> validate());
        Button browse = new Button(body, SWT.PUSH);
        browse.setText("&Browse...");
        browse.addListener(SWT.Selection, e -> browse());
        return area;
    }

    private Path defaultFile(ReportFormat format) {
        return investigation.resolve("post-mortem." + format.id());
    }

    private ReportFormat format() {
        return formats.entrySet().stream().filter(e -> e.getValue().getSelection()).map(Map.Entry::getKey).findFirst()
                .orElse(ReportFormat.HTML);
    }

    private void formatChanged() {
        String text = destination.getText().strip();
        for (ReportFormat format : ReportFormat.values()) {
            if (text.endsWith("." + format.id())) {
                destination.setText(text.substring(0, text.length() - format.id().length()) + format().id());
                break;
            }
        }
        validate();
    }

    private void browse() {
        FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
        dialog.setOverwrite(true);
        dialog.setFilterExtensions(new String[] { "*." + format().id() });
        Path current = Path.of(destination.getText().strip());
        if (current.getParent() != null) {
            dialog.setFilterPath(current.getParent().toString());
        }
        dialog.setFileName(current.getFileName() == null ? "" : current.getFileName().toString());
        String chosen = dialog.open();
        if (chosen != null) {
            destination.setText(chosen);
        }
    }

    private void validate() {
        Button ok = getButton(IDialogConstants.OK_ID);
        String error = null;
        if (sections.values().stream().noneMatch(Button::getSelection)) {
            error = "Choose at least one section.";
        } else if (destination.getText().isBlank()) {
            error = "Choose where to write the post-mortem.";
        } else {
            Path parent = Path.of(destination.getText().strip()).toAbsolutePath().getParent();
            if (parent == null || !parent.toFile().isDirectory()) {
                error = "The folder " + parent + " does not exist.";
            }
        }
        setErrorMessage(error);
        if (ok != null) {
            ok.setEnabled(error == null);
        }
    }

    @Override
    protected void okPressed() {
        Set<ReportSection> chosen = EnumSet.noneOf(ReportSection.class);
        sections.forEach((section, check) -> {
            if (check.getSelection()) {
                chosen.add(section);
            }
        });
        export = new PostMortemExport(format(), chosen, Path.of(destination.getText().strip()).toAbsolutePath(), null);
        super.okPressed();
    }

    /** What was chosen (after OK). */
    public PostMortemExport export() {
        return export;
    }

    @Override
    protected boolean isResizable() {
        return true;
    }
}
