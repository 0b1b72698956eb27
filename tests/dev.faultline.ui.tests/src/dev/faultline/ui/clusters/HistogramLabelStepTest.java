package dev.faultline.ui.clusters;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The crashes-per-minute chart labels its time axis at round steps, never more labels than fit. */
class HistogramLabelStepTest {

    @Test
    void roundStepsWithinTheLabelsThatFit() {
        assertEquals(1, HistogramCanvas.labelStep(5, 8));
        assertEquals(2, HistogramCanvas.labelStep(16, 8));
        assertEquals(5, HistogramCanvas.labelStep(16, 4));
        assertEquals(60, HistogramCanvas.labelStep(300, 8));
        assertEquals(1440, HistogramCanvas.labelStep(5 * 1440, 8));
        assertEquals(2880, HistogramCanvas.labelStep(9 * 1440, 8));
    }
}
