package dev.faultline.ui.drivers;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.TableColumn;

import dev.faultline.analysis.DriverFinding;

/**
 * Sorts the driver table by the clicked column; a second click reverses it. Until a column is
 * clicked the audit's own order stays (drivers in crash clusters first, then by risk).
 */
final class DriverSorter extends ViewerComparator {

    private final TableViewer viewer;
    private int column = -1;
    private boolean descending;

    DriverSorter(TableViewer viewer) {
        this.viewer = viewer;
    }

    void sortBy(int index) {
        TableColumn clicked = viewer.getTable().getColumn(index);
        if (column == index) {
            descending = !descending;
        } else {
            column = index;
            descending = index == 0 || index == 1 || index == 3 || index == 8;
        }
        viewer.getTable().setSortColumn(clicked);
        viewer.getTable().setSortDirection(descending ? SWT.DOWN : SWT.UP);
        viewer.refresh();
    }

    @Override
    public int compare(Viewer v, Object a, Object b) {
        if (column < 0) {
            return 0;
        }
        int order = DriverColumns.order(column).compare((DriverFinding) a, (DriverFinding) b);
        return descending ? -order : order;
    }
}
