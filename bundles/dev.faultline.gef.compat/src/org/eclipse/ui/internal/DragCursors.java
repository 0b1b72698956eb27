package org.eclipse.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Cursor;
import org.eclipse.swt.widgets.Display;

/**
 * GEF 3.2.100's flyout palette asks the 2007 workbench's internal {@code DragCursors} for the cursor
 * shown while the palette is dragged to another side; today's workbench has no such class. This
 * fragment of {@code org.eclipse.gef} answers with the system's move cursor.
 */
public final class DragCursors {

    private DragCursors() {
    }

    public static Cursor getCursor(int which) {
        return Display.getCurrent().getSystemCursor(SWT.CURSOR_SIZEALL);
    }
}
