package dev.faultline.ui.diagram;

import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;

import dev.faultline.ui.testing.UiWait;

/**
 * Mouse and keyboard input to a diagram canvas as SWT events with the fields a real mouse or key gives
 * (button, state mask, key code, character), in the canvas's own coordinates.
 */
final class CanvasInput {

    private CanvasInput() {
    }

    /** A left click (with {@code stateMask}, e.g. {@link SWT#MOD1} to add to the selection). */
    static void click(Control canvas, Point point, int stateMask) {
        send(canvas, SWT.MouseMove, point, 0, stateMask);
        send(canvas, SWT.MouseDown, point, 1, stateMask);
        send(canvas, SWT.MouseUp, point, 1, stateMask | SWT.BUTTON1);
        UiWait.flush();
    }

    static void click(Control canvas, Point point) {
        click(canvas, point, 0);
    }

    /** Presses the left button at {@code from}, moves in steps to {@code to} with it held down, releases. */
    static void drag(Control canvas, Point from, Point to) {
        send(canvas, SWT.MouseMove, from, 0, 0);
        send(canvas, SWT.MouseDown, from, 1, 0);
        int steps = 5;
        for (int i = 1; i <= steps; i++) {
            Point step = new Point(from.x + (to.x - from.x) * i / steps, from.y + (to.y - from.y) * i / steps);
            send(canvas, SWT.MouseMove, step, 0, SWT.BUTTON1);
            UiWait.flush();
        }
        send(canvas, SWT.MouseUp, to, 1, SWT.BUTTON1);
        UiWait.flush();
    }

    /** A key press and release on the focused canvas, e.g. {@code key(canvas, SWT.F2, 0, 0)}. */
    static void key(Control canvas, int keyCode, char character, int stateMask) {
        canvas.setFocus();
        for (int type : new int[] { SWT.KeyDown, SWT.KeyUp }) {
            Event event = new Event();
            event.keyCode = keyCode;
            event.character = character;
            event.stateMask = stateMask;
            event.widget = canvas;
            canvas.notifyListeners(type, event);
            UiWait.flush();
        }
    }

    /** The centre of a box or arrow label, in canvas coordinates. */
    static Point center(GraphicalEditPart part) {
        Rectangle bounds = part.getFigure().getBounds().getCopy();
        part.getFigure().translateToAbsolute(bounds);
        return bounds.getCenter();
    }

    /** The bounds of a box in canvas coordinates. */
    static Rectangle bounds(GraphicalEditPart part) {
        Rectangle bounds = part.getFigure().getBounds().getCopy();
        part.getFigure().translateToAbsolute(bounds);
        return bounds;
    }

    /** The visible text field under {@code control} (a direct-edit field), or {@code null}. */
    static Text findText(Control control) {
        if (control instanceof Text text && text.isVisible()) {
            return text;
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                Text found = findText(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static void send(Control canvas, int type, Point point, int button, int stateMask) {
        Event event = new Event();
        event.x = point.x;
        event.y = point.y;
        event.button = button;
        event.stateMask = stateMask;
        event.widget = canvas;
        canvas.notifyListeners(type, event);
    }
}
