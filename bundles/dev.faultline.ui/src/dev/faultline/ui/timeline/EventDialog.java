package dev.faultline.ui.timeline;

import java.time.Instant;
import java.time.ZoneId;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import dev.faultline.model.Host;
import dev.faultline.model.Investigation;
import dev.faultline.timeline.TimelineTimes;

/** Time (in the view's zone), host and message of an event added or edited by hand. */
final class EventDialog extends Dialog {

    private final String title;
    private final ZoneId zone;
    private final Investigation investigation;
    private final Instant initialTime;
    private final String initialHost;
    private final String initialMessage;
    private Text time;
    private Combo host;
    private Text message;
    private Label problem;
    private Instant chosenTime;
    private String chosenHost;
    private String chosenMessage;

    EventDialog(Shell shell, String title, ZoneId zone, Investigation investigation, Instant time, String host, String message) {
        super(shell);
        this.title = title;
        this.zone = zone;
        this.investigation = investigation;
        this.initialTime = time;
        this.initialHost = host;
        this.initialMessage = message;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));
        new Label(area, SWT.NONE).setText("Time (" + TimelineTimes.label(zone) + "):");
        time = new Text(area, SWT.BORDER);
        time.setText(TimelineTimes.format(initialTime, zone).replace(' ', 'T'));
        time.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(area, SWT.NONE).setText("Host:");
        host = new Combo(area, SWT.DROP_DOWN);
        host.add("");
        for (Host h : investigation.getHosts()) {
            if (h.getName() != null) {
                host.add(h.getName());
            }
        }
        host.setText(initialHost == null ? "" : initialHost);
        host.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(area, SWT.NONE).setText("Message:");
        message = new Text(area, SWT.BORDER | SWT.MULTI | SWT.WRAP);
        message.setText(initialMessage == null ? "" : initialMessage);
        GridData m = new GridData(SWT.FILL, SWT.FILL, true, true);
        m.widthHint = 420;
        m.heightHint = 60;
        message.setLayoutData(m);
        problem = new Label(area, SWT.NONE);
        problem.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        problem.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_RED));
        return area;
    }

    @Override
    protected void buttonPressed(int id) {
        if (id == IDialogConstants.OK_ID) {
            try {
                chosenTime = TimelineTimes.start(time.getText(), zone);
            } catch (IllegalArgumentException e) {
                problem.setText(e.getMessage());
                return;
            }
            if (message.getText().isBlank()) {
                problem.setText("An event needs a message");
                return;
            }
            chosenHost = host.getText().strip();
            chosenMessage = message.getText().strip();
        }
        super.buttonPressed(id);
    }

    Instant time() {
        return chosenTime;
    }

    String host() {
        return chosenHost;
    }

    String message() {
        return chosenMessage;
    }
}
