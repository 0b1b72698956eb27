package dev.faultline.ui.timeline;

import java.awt.image.BufferedImage;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;

/** A Java 2D image as SWT image data (the time axis is drawn once, with Java 2D, for pictures and the canvas alike). */
final class AwtImages {

    private AwtImages() {
    }

    static ImageData toImageData(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        PaletteData palette = new PaletteData(0xFF0000, 0x00FF00, 0x0000FF);
        ImageData data = new ImageData(w, h, 24, palette);
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            int at = y * data.bytesPerLine;
            for (int x = 0; x < w; x++) {
                int rgb = row[x];
                data.data[at++] = (byte) (rgb >> 16);
                data.data[at++] = (byte) (rgb >> 8);
                data.data[at++] = (byte) rgb;
            }
        }
        return data;
    }
}
