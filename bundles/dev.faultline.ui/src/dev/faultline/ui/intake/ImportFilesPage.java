package dev.faultline.ui.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.jface.resource.JFaceResources;

import dev.faultline.core.formats.FormatParser;
import dev.faultline.core.formats.Formats;
import dev.faultline.core.formats.ParseOptions;
import dev.faultline.core.formats.ParsedRecord;
import dev.faultline.core.formats.RecordSink;
import dev.faultline.core.formats.RecordText;
import dev.faultline.core.formats.Rejection;
import dev.faultline.intake.ArchiveExpander;

/**
 * The Import wizard's page: the files to import (files, folders, zip archives), each with the
 * format detected from its content and a combo to override it, and a preview of the first records
 * of the selected file read with the chosen format, and the year and zone of timestamps written
 * without them (as {@code import --year --zone}).
 */
class ImportFilesPage extends WizardPage {

    static final int PREVIEW_RECORDS = 20;

    private final List<ImportRow> rows = new ArrayList<>();
    private TableViewer table;
    private Text preview;
    private Text year;
    private Text zone;

    ImportFilesPage() {
        super("files");
        setTitle("Import Evidence");
        setDescription("Add crash analyses, event logs, driver inventories, syslogs or other tools' timelines. "
                + "Each file is copied into the investigation, hashed and never modified.");
    }

    @Override
    public void createControl(Composite parent) {
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        Composite top = new Composite(sash, SWT.NONE);
        top.setLayout(new GridLayout(2, false));
        Composite tableArea = new Composite(top, SWT.NONE);
        tableArea.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        TableColumnLayout layout = new TableColumnLayout();
        tableArea.setLayout(layout);
        table = new TableViewer(tableArea, SWT.FULL_SELECTION | SWT.MULTI | SWT.BORDER | SWT.V_SCROLL);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        column(layout, "File", 60, r -> r.path.toString());
        column(layout, "Size", 12, r -> String.format("%,d", r.size));
        TableViewerColumn format = column(layout, "Format", 28,
                r -> r.chosen.equals(r.detected) ? r.chosen + " (detected)" : r.chosen + " (chosen; detected " + r.detected + ")");
        format.setEditingSupport(new FormatEditing(table));
        table.setInput(rows);
        table.addSelectionChangedListener(e -> showPreview());

        Composite buttons = new Composite(top, SWT.NONE);
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        buttons.setLayout(new GridLayout(1, true));
        button(buttons, "Add &Files...", this::addFiles);
        button(buttons, "Add F&older...", this::addFolder);
        button(buttons, "&Remove", () -> {
            rows.removeAll(table.getStructuredSelection().toList());
            changed();
        });

        Composite times = new Composite(top, SWT.NONE);
        times.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        times.setLayout(new GridLayout(4, false));
        new Label(times, SWT.NONE).setText("Timestamps written without a year are in &year:");
        year = new Text(times, SWT.BORDER);
        year.setMessage("e.g. 2024");
        year.setToolTipText("RFC 3164 syslog has no year: without one its records are searchable but have no time");
        year.setLayoutData(new GridData(60, SWT.DEFAULT));
        new Label(times, SWT.NONE).setText("without a zone, in &zone:");
        zone = new Text(times, SWT.BORDER);
        zone.setText("UTC");
        zone.setToolTipText("e.g. UTC, +02:00, Europe/Berlin");
        zone.setLayoutData(new GridData(140, SWT.DEFAULT));
        year.addModifyListener(e -> changed());
        zone.addModifyListener(e -> changed());

        Composite bottom = new Composite(sash, SWT.NONE);
        bottom.setLayout(new GridLayout(1, false));
        new Label(bottom, SWT.NONE).setText("Preview (first " + PREVIEW_RECORDS + " records of the selected file):");
        preview = new Text(bottom, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.H_SCROLL | SWT.V_SCROLL);
        preview.setFont(JFaceResources.getTextFont());
        preview.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        sash.setWeights(55, 45);
        setControl(sash);
        setPageComplete(false);
    }

    private TableViewerColumn column(TableColumnLayout layout, String title, int weight, java.util.function.Function<ImportRow, String> text) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
        column.getColumn().setText(title);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((ImportRow) element);
            }
        });
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 60, true));
        return column;
    }

    private static void button(Composite parent, String text, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        button.addListener(SWT.Selection, e -> action.run());
    }

    private void addFiles() {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
        dialog.setText("Add Evidence Files");
        if (dialog.open() != null) {
            for (String name : dialog.getFileNames()) {
                add(Path.of(dialog.getFilterPath(), name));
            }
        }
    }

    private void addFolder() {
        DirectoryDialog dialog = new DirectoryDialog(getShell());
        dialog.setText("Add Evidence Folder");
        String dir = dialog.open();
        if (dir != null) {
            add(Path.of(dir));
        }
    }

    /** Adds a file, every file below a folder, or a zip archive; shows an error for what cannot be read. */
    void add(Path path) {
        List<Path> files = new ArrayList<>();
        try {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).sorted().forEach(files::add);
                }
            } else {
                files.add(path);
            }
            for (Path file : files) {
                if (rows.stream().noneMatch(r -> r.path.equals(file))) {
                    String detected = ArchiveExpander.isZip(file) ? ImportRow.ZIP : Formats.detect(file).format().id();
                    rows.add(new ImportRow(file, Files.size(file), detected));
                }
            }
            setErrorMessage(null);
        } catch (IOException e) {
            setErrorMessage("Cannot read " + path + ": " + e.getMessage());
        }
        changed();
    }

    /** The zone and year typed on the page, or null (with the page's error message saying why) when they are not valid. */
    ParseOptions options() {
        ParseOptions options = ParseOptions.defaults();
        String y = year.getText().strip();
        if (!y.isEmpty()) {
            try {
                int value = Integer.parseInt(y);
                if (value < 1970 || value > 9999) {
                    throw new NumberFormatException();
                }
                options = options.withAssumedYear(value);
            } catch (NumberFormatException e) {
                setErrorMessage("The year must be a year like 2024, not '" + y + "'.");
                return null;
            }
        }
        String z = zone.getText().strip();
        if (!z.isEmpty()) {
            try {
                options = options.withZone(java.time.ZoneId.of(z));
            } catch (java.time.DateTimeException e) {
                setErrorMessage("Unknown zone '" + z + "' (use e.g. UTC, +02:00, Europe/Berlin).");
                return null;
            }
        }
        return options;
    }

    private void changed() {
        table.refresh();
        ParseOptions options = options();
        if (options != null && getErrorMessage() != null && (getErrorMessage().startsWith("The year") || getErrorMessage().startsWith("Unknown zone"))) {
            setErrorMessage(null);
        }
        setPageComplete(!rows.isEmpty() && options != null);
        if (table.getStructuredSelection().isEmpty() && !rows.isEmpty()) {
            table.setSelection(new org.eclipse.jface.viewers.StructuredSelection(rows.get(0)));
        }
        showPreview();
    }

    private void showPreview() {
        Object selected = table.getStructuredSelection().getFirstElement();
        if (!(selected instanceof ImportRow row)) {
            preview.setText("");
            return;
        }
        if (row.isZip()) {
            preview.setText("A zip archive: its entries are unpacked at import (no entry may leave the folder) "
                    + "and each is read with the format detected from its content.");
            return;
        }
        ParseOptions options = options();
        preview.setText(preview(row.path, Formats.byId(row.chosen).orElseThrow(), options == null ? ParseOptions.defaults() : options));
    }

    /** The first {@value #PREVIEW_RECORDS} records and rejections of a file, one line each. */
    static String preview(Path file, FormatParser format, ParseOptions options) {
        StringBuilder text = new StringBuilder();
        int[] seen = { 0 };
        try (InputStream in = Files.newInputStream(file)) {
            format.parse(in, file.getFileName().toString(), options, new RecordSink() {
                @Override
                public void accept(ParsedRecord record) {
                    line(RecordText.toLine(record));
                }

                @Override
                public void reject(Rejection rejection) {
                    line("REJECTED " + rejection);
                }

                private void line(String line) {
                    if (seen[0]++ >= PREVIEW_RECORDS) {
                        throw new CancellationException();
                    }
                    text.append(line).append('\n');
                }
            });
        } catch (CancellationException e) {
            text.append("...");
        } catch (IOException | RuntimeException e) {
            text.append("Cannot read ").append(file).append(" as ").append(format.id()).append(": ").append(e.getMessage());
        }
        return text.length() == 0 ? "(no records)" : text.toString();
    }

    List<ImportRow> rows() {
        return rows;
    }

    TableViewer table() {
        return table;
    }

    Text previewText() {
        return preview;
    }

    /** The format combo: every format id; choosing one re-reads the preview. */
    private final class FormatEditing extends EditingSupport {
        private final String[] ids = Formats.ids().toArray(String[]::new);

        FormatEditing(TableViewer viewer) {
            super(viewer);
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            return new ComboBoxCellEditor(table.getTable(), ids, SWT.READ_ONLY);
        }

        @Override
        protected boolean canEdit(Object element) {
            return !((ImportRow) element).isZip();
        }

        @Override
        protected Object getValue(Object element) {
            return List.of(ids).indexOf(((ImportRow) element).chosen);
        }

        @Override
        protected void setValue(Object element, Object value) {
            int index = (Integer) value;
            if (index >= 0) {
                ((ImportRow) element).chosen = ids[index];
                table.update(element, null);
                showPreview();
            }
        }
    }
}
