package dev.faultline.ui.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Saves a PNG of the whole screen to {@code target/screenshots/<class>.<test>.png} when a UI test
 * fails, so that CI shows what the user would have seen.
 */
public class ScreenshotOnFailure implements TestWatcher {

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        Path file = Path.of("target", "screenshots",
                context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName() + ".png");
        Display display = Display.getDefault();
        display.syncExec(() -> save(display, file));
    }

    /** Writes a screenshot of the display to {@code file}. */
    public static void save(Display display, Path file) {
        Rectangle bounds = display.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, 0, 0);
            Files.createDirectories(file.getParent());
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            loader.save(file.toString(), SWT.IMAGE_PNG);
            System.err.println("screenshot saved: " + file.toAbsolutePath());
        } catch (IOException e) {
            System.err.println("could not save screenshot " + file + ": " + e);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
