package dev.faultline.model.generator;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javax.imageio.ImageIO;

/**
 * Paints the 16x16 object icons of the edit bundle (replacing the generator's placeholder GIFs,
 * same file names, so item providers find them and the generator leaves them alone).
 * Drawn without anti-aliasing into a palette with one transparent colour: the output is
 * byte-identical across runs.
 * <p>
 * Usage: {@code IconPainter <edit-bundle>/icons/full/obj16}
 */
public final class IconPainter {

    private static final Color INK = new Color(0x33, 0x33, 0x33);
    private static final Color BLUE = new Color(0x1f, 0x5f, 0xbf);
    private static final Color LIGHT_BLUE = new Color(0xa8, 0xc8, 0xf0);
    private static final Color RED = new Color(0xd0, 0x30, 0x20);
    private static final Color ORANGE = new Color(0xf0, 0x90, 0x10);
    private static final Color YELLOW = new Color(0xf8, 0xd8, 0x30);
    private static final Color GREEN = new Color(0x2a, 0x9a, 0x3a);
    private static final Color PURPLE = new Color(0x7a, 0x3f, 0xa0);
    private static final Color PAPER = new Color(0xf8, 0xf8, 0xf0);
    private static final Color GREY = new Color(0x90, 0x90, 0x90);
    private static final Color BROWN = new Color(0x9a, 0x6a, 0x30);

    private IconPainter() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: IconPainter <icons/full/obj16 folder>");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        Files.createDirectories(folder);
        for (Map.Entry<String, Consumer<Graphics2D>> icon : icons().entrySet()) {
            write(paint(icon.getValue()), folder.resolve(icon.getKey() + ".gif"));
        }
    }

    static Map<String, Consumer<Graphics2D>> icons() {
        Map<String, Consumer<Graphics2D>> icons = new LinkedHashMap<>();
        icons.put("Investigation", g -> { // magnifying glass
            g.setColor(LIGHT_BLUE);
            g.fillOval(2, 2, 9, 9);
            g.setColor(BLUE);
            g.setStroke(new BasicStroke(1.5f));
            g.drawOval(2, 2, 9, 9);
            g.setStroke(new BasicStroke(2.5f));
            g.drawLine(10, 10, 14, 14);
        });
        icons.put("Incident", g -> { // warning triangle
            g.setColor(RED);
            g.fillPolygon(new Polygon(new int[] { 8, 15, 1 }, new int[] { 1, 14, 14 }, 3));
            g.setColor(Color.WHITE);
            g.fillRect(7, 5, 2, 5);
            g.fillRect(7, 11, 2, 2);
        });
        icons.put("Host", IconPainter::monitor);
        icons.put("HostStateChange", g -> { // state dot with arrow
            g.setColor(RED);
            g.fillOval(1, 5, 6, 6);
            g.setColor(GREEN);
            g.fillOval(10, 5, 6, 6);
            g.setColor(INK);
            g.drawLine(6, 8, 9, 8);
            g.drawLine(8, 6, 9, 8);
            g.drawLine(8, 10, 9, 8);
        });
        icons.put("HostGroup", g -> { // three stacked screens
            for (int i = 2; i >= 0; i--) {
                g.setColor(INK);
                g.fillRect(1 + 3 * i, 1 + 3 * i, 9, 7);
                g.setColor(i == 0 ? LIGHT_BLUE : GREY);
                g.fillRect(2 + 3 * i, 2 + 3 * i, 7, 5);
            }
        });
        icons.put("Driver", g -> { // chip with pins
            g.setColor(PURPLE);
            g.fillRect(4, 4, 8, 8);
            g.setColor(INK);
            for (int i = 5; i <= 10; i += 2) {
                g.fillRect(i, 1, 1, 3);
                g.fillRect(i, 12, 1, 3);
                g.fillRect(1, i, 3, 1);
                g.fillRect(12, i, 3, 1);
            }
            g.setColor(Color.WHITE);
            g.fillRect(6, 6, 2, 2);
        });
        icons.put("Update", g -> { // box with download arrow
            g.setColor(BROWN);
            g.fillRect(2, 8, 12, 7);
            g.setColor(INK);
            g.drawRect(2, 8, 12, 7);
            g.setColor(GREEN);
            g.fillRect(7, 1, 3, 6);
            g.fillPolygon(new Polygon(new int[] { 4, 13, 8 }, new int[] { 6, 6, 11 }, 3));
        });
        icons.put("UpdateFile", g -> { // page with folded corner and a green dot
            page(g);
            g.setColor(GREEN);
            g.fillOval(6, 8, 5, 5);
        });
        icons.put("CrashAnalysis", g -> { // blue screen with a frown
            g.setColor(BLUE);
            g.fillRect(1, 2, 14, 11);
            g.setColor(Color.WHITE);
            g.fillRect(4, 4, 2, 2);
            g.fillRect(10, 4, 2, 2);
            g.drawLine(5, 10, 10, 10);
            g.drawLine(4, 11, 4, 11);
            g.drawLine(11, 11, 11, 11);
        });
        icons.put("StackFrame", g -> { // stacked bars
            g.setColor(BLUE);
            g.fillRect(2, 2, 12, 3);
            g.setColor(LIGHT_BLUE);
            g.fillRect(2, 6, 12, 3);
            g.fillRect(2, 10, 12, 3);
            g.setColor(INK);
            g.drawRect(2, 2, 11, 2);
        });
        icons.put("CrashCluster", g -> { // three overlapping blue screens
            for (int i = 2; i >= 0; i--) {
                g.setColor(INK);
                g.fillRect(1 + 3 * i, 1 + 3 * i, 9, 7);
                g.setColor(BLUE);
                g.fillRect(2 + 3 * i, 2 + 3 * i, 7, 5);
            }
        });
        icons.put("Outage", g -> { // lightning bolt
            g.setColor(ORANGE);
            g.fillPolygon(new Polygon(new int[] { 9, 3, 8, 6, 13, 8 }, new int[] { 0, 9, 9, 15, 6, 6 }, 6));
            g.setColor(INK);
            g.drawPolygon(new Polygon(new int[] { 9, 3, 8, 6, 13, 8 }, new int[] { 0, 9, 9, 15, 6, 6 }, 6));
        });
        icons.put("TimelineEvent", g -> { // clock
            g.setColor(PAPER);
            g.fillOval(1, 1, 14, 14);
            g.setColor(INK);
            g.drawOval(1, 1, 13, 13);
            g.drawLine(8, 8, 8, 3);
            g.drawLine(8, 8, 11, 10);
        });
        icons.put("Evidence", g -> { // page with text lines
            page(g);
            g.setColor(GREY);
            for (int y = 6; y <= 12; y += 2) {
                g.drawLine(5, y, 11, y);
            }
        });
        icons.put("EvidenceRef", g -> { // page with a pointer to one line
            page(g);
            g.setColor(GREY);
            g.drawLine(5, 6, 11, 6);
            g.drawLine(5, 12, 11, 12);
            g.setColor(RED);
            g.fillRect(5, 8, 7, 2);
            g.fillPolygon(new Polygon(new int[] { 0, 4, 0 }, new int[] { 6, 9, 12 }, 3));
        });
        icons.put("CausalLink", g -> { // cause -> effect
            g.setColor(ORANGE);
            g.fillOval(0, 1, 6, 6);
            g.setColor(RED);
            g.fillOval(9, 9, 6, 6);
            g.setColor(INK);
            g.setStroke(new BasicStroke(1.5f));
            g.drawLine(4, 5, 10, 11);
            g.fillPolygon(new Polygon(new int[] { 11, 11, 7 }, new int[] { 7, 12, 12 }, 3));
        });
        icons.put("Remediation", g -> { // check mark in a green circle
            g.setColor(GREEN);
            g.fillOval(0, 0, 16, 16);
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(2f));
            g.drawLine(4, 8, 7, 11);
            g.drawLine(7, 11, 12, 4);
        });
        return icons;
    }

    private static void monitor(Graphics2D g) {
        g.setColor(INK);
        g.fillRect(1, 2, 14, 10);
        g.setColor(LIGHT_BLUE);
        g.fillRect(2, 3, 12, 8);
        g.setColor(INK);
        g.fillRect(7, 12, 2, 2);
        g.fillRect(4, 14, 8, 1);
    }

    private static void page(Graphics2D g) {
        g.setColor(PAPER);
        g.fillPolygon(new Polygon(new int[] { 3, 10, 13, 13, 3 }, new int[] { 1, 1, 4, 15, 15 }, 5));
        g.setColor(INK);
        g.drawPolygon(new Polygon(new int[] { 3, 10, 13, 13, 3 }, new int[] { 1, 1, 4, 15, 15 }, 5));
        g.drawLine(10, 1, 10, 4);
        g.drawLine(10, 4, 13, 4);
        g.setColor(YELLOW);
        g.drawLine(4, 2, 4, 2);
    }

    private static BufferedImage paint(Consumer<Graphics2D> painter) {
        BufferedImage argb = new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = argb.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        painter.accept(g);
        g.dispose();
        return toIndexed(argb);
    }

    /** Palette index 0 is transparent; every opaque colour used gets its own entry. */
    private static BufferedImage toIndexed(BufferedImage argb) {
        List<Integer> palette = new ArrayList<>();
        palette.add(0x00ffffff);
        Map<Integer, Integer> index = new LinkedHashMap<>();
        int[] pixels = new int[16 * 16];
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 16; x++) {
                int rgb = argb.getRGB(x, y);
                if ((rgb >>> 24) < 0x80) {
                    pixels[y * 16 + x] = 0;
                } else {
                    int opaque = rgb | 0xff000000;
                    pixels[y * 16 + x] = index.computeIfAbsent(opaque, c -> {
                        palette.add(c);
                        return palette.size() - 1;
                    });
                }
            }
        }
        int size = palette.size();
        byte[] r = new byte[size];
        byte[] gr = new byte[size];
        byte[] b = new byte[size];
        for (int i = 0; i < palette.size(); i++) {
            int c = palette.get(i);
            r[i] = (byte) (c >> 16);
            gr[i] = (byte) (c >> 8);
            b[i] = (byte) c;
        }
        IndexColorModel model = new IndexColorModel(8, size, r, gr, b, 0);
        BufferedImage indexed = new BufferedImage(16, 16, BufferedImage.TYPE_BYTE_INDEXED, model);
        indexed.getRaster().setPixels(0, 0, 16, 16, pixels);
        return indexed;
    }

    private static void write(BufferedImage image, Path file) throws IOException {
        if (!ImageIO.write(image, "gif", file.toFile())) {
            throw new IOException("no GIF writer for " + file);
        }
    }
}
