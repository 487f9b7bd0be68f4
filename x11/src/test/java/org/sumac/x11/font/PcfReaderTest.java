package org.sumac.x11.font;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Every PCF layout variant (byte order, bit order, scan unit, row padding, compressed or full metrics, with
 * or without ink metrics) is produced by bdftopcf from one BDF source whose bits we know, and must decode
 * to exactly those bits and metrics.
 */
class PcfReaderTest {

    /** A synthetic glyph: metrics plus its rows as BDF hex bit strings. */
    private record Glyph(int code, int width, int height, int xOffset, int yOffset, int advance, boolean[][] bits) {
    }

    private static List<Glyph> glyphs(long seed, int maxWidth) {
        Random random = new Random(seed);
        List<Glyph> glyphs = new ArrayList<>();
        int[] widths = {1, 7, 8, 9, 16, 17, 31, 32, 33, 40, maxWidth};
        for (int i = 0; i < widths.length; i++) {
            int w = widths[i];
            int h = 1 + random.nextInt(12);
            boolean[][] bits = new boolean[h][w];
            for (boolean[] row : bits) {
                for (int x = 0; x < w; x++) {
                    row[x] = random.nextBoolean();
                }
            }
            bits[0][0] = true;
            bits[h - 1][w - 1] = true;
            glyphs.add(new Glyph(65 + i, w, h, random.nextInt(7) - 3, random.nextInt(7) - 4, w + random.nextInt(3),
                    bits));
        }
        return glyphs;
    }

    private static String bdf(List<Glyph> glyphs) {
        StringBuilder b = new StringBuilder();
        b.append("STARTFONT 2.1\nFONT -sumac-test-medium-r-normal--10-100-75-75-c-60-iso8859-1\nSIZE 10 75 75\n");
        b.append("FONTBOUNDINGBOX 40 16 -3 -4\nSTARTPROPERTIES 4\nFONT_ASCENT 9\nFONT_DESCENT 3\nDEFAULT_CHAR 66\n");
        b.append("COPYRIGHT \"test\"\nENDPROPERTIES\nCHARS ").append(glyphs.size()).append('\n');
        for (Glyph g : glyphs) {
            b.append("STARTCHAR g").append(g.code()).append("\nENCODING ").append(g.code()).append('\n');
            b.append("SWIDTH 500 0\nDWIDTH ").append(g.advance()).append(" 0\nBBX ").append(g.width()).append(' ')
                    .append(g.height()).append(' ').append(g.xOffset()).append(' ').append(g.yOffset())
                    .append("\nBITMAP\n");
            for (boolean[] row : g.bits()) {
                int bytes = (g.width() + 7) / 8;
                for (int i = 0; i < bytes; i++) {
                    int value = 0;
                    for (int bit = 0; bit < 8; bit++) {
                        int x = i * 8 + bit;
                        if (x < g.width() && row[x]) {
                            value |= 0x80 >> bit;
                        }
                    }
                    b.append(String.format("%02X", value));
                }
                b.append('\n');
            }
            b.append("ENDCHAR\n");
        }
        return b.append("ENDFONT\n").toString();
    }

    private static byte[] bdftopcf(Path bdf, List<String> options) throws Exception {
        Path out = Files.createTempFile("variant", ".pcf");
        try {
            List<String> command = new ArrayList<>(List.of("bdftopcf"));
            command.addAll(options);
            command.addAll(List.of("-o", out.toString(), bdf.toString()));
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] log = p.getInputStream().readAllBytes();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), new String(log));
            return Files.readAllBytes(out);
        } finally {
            Files.deleteIfExists(out);
        }
    }

    @Test
    void everyLayoutVariantDecodesToTheSameBits() throws Exception {
        // maxWidth 40 keeps metrics compressible; 140 forces full 16-bit metrics.
        for (int maxWidth : new int[] {40, 140}) {
            List<Glyph> glyphs = glyphs(maxWidth, maxWidth);
            Path bdf = Files.createTempFile("synthetic", ".bdf");
            try {
                Files.writeString(bdf, bdf(glyphs));
                int variants = 0;
                // -p8 is left out: bdftopcf labels such output as 1-byte padded and truncates the rows.
                for (String pad : List.of("-p1", "-p2", "-p4")) {
                    for (String unit : List.of("-u1", "-u2", "-u4")) {
                        if (unit.charAt(2) > pad.charAt(2)) {
                            // A scan unit wider than the row padding makes bdftopcf swap bytes past the
                            // end of odd-sized glyphs: such files are corrupt for every reader.
                            continue;
                        }
                        for (String bitOrder : List.of("-m", "-l")) {
                            for (String byteOrder : List.of("-M", "-L")) {
                                List<String> options = new ArrayList<>(List.of(pad, unit, bitOrder, byteOrder));
                                if (variants % 5 == 0) {
                                    options.add("-i"); // no ink metrics table
                                }
                                byte[] pcf = bdftopcf(bdf, options);
                                checkFont(PcfReader.read(pcf), glyphs, options + " width " + maxWidth);
                                checkFont(PcfReader.read(gzip(pcf)), glyphs, options + " gzip");
                                variants++;
                            }
                        }
                    }
                }
                assertEquals(24, variants);
            } finally {
                Files.delete(bdf);
            }
        }
    }

    private static void checkFont(CoreFont font, List<Glyph> glyphs, String variant) {
        assertEquals(9, font.fontAscent(), variant);
        assertEquals(3, font.fontDescent(), variant);
        assertEquals(66, font.defaultChar(), variant);
        assertEquals(65, font.minCharOrByte2(), variant);
        assertEquals(65 + glyphs.size() - 1, font.maxCharOrByte2(), variant);
        assertTrue(font.allCharsExist(), variant);
        assertTrue(font.properties().contains(FontProperty.ofString("COPYRIGHT", "test")), variant);
        for (Glyph g : glyphs) {
            int index = font.glyphIndex8(g.code());
            CharInfo expected = new CharInfo(g.xOffset(), g.xOffset() + g.width(), g.advance(),
                    g.yOffset() + g.height(), -g.yOffset(), 0);
            assertEquals(expected, font.glyphMetrics(index), variant + " glyph " + g.code());
            assertEquals(g.width(), font.glyphWidth(index));
            assertEquals(g.height(), font.glyphHeight(index));
            for (int y = 0; y < g.height(); y++) {
                for (int x = 0; x < g.width(); x++) {
                    if (g.bits()[y][x] != font.bit(index, x, y)) {
                        throw new AssertionError(variant + " glyph " + g.code() + " pixel " + x + "," + y);
                    }
                }
                int lastWord = font.glyphRowWord(index, y, font.glyphStride(index) - 1);
                int tail = g.width() & 31;
                assertTrue(tail == 0 || (lastWord & ~(-1 << (32 - tail))) == 0, "pad bits must be clear");
            }
            assertFalse(font.bit(index, g.width(), 0));
            assertFalse(font.bit(index, -1, 0));
        }
        // Missing codes fall back to the default character (66); with none they draw nothing.
        assertEquals(font.glyphIndex8(66), font.glyphIndex8(200));
    }

    private static byte[] gzip(byte[] data) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }

    /** Truncated and bit-flipped files must fail with FontFormatException or load; nothing else escapes. */
    @Test
    void hostileFilesOnlyEverFailCleanly() throws Exception {
        byte[] pcf = bdftopcf(writeTemp(bdf(glyphs(7, 40))), List.of());
        Random random = new Random(42);
        int failures = 0;
        for (int i = 0; i < 3000; i++) {
            byte[] mutated;
            if (i % 3 == 0) {
                mutated = java.util.Arrays.copyOf(pcf, random.nextInt(pcf.length));
            } else {
                mutated = pcf.clone();
                for (int flips = 0; flips < 1 + random.nextInt(8); flips++) {
                    mutated[random.nextInt(mutated.length)] = (byte) random.nextInt(256);
                }
            }
            try {
                CoreFont font = PcfReader.read(mutated);
                font.charInfos();
                for (int code = 0; code < 256; code++) {
                    int glyph = font.glyphIndex8(code);
                    if (glyph >= 0) {
                        font.bit(glyph, 0, 0);
                    }
                }
            } catch (FontFormatException e) {
                failures++;
            }
        }
        assertTrue(failures > 500, "mutations were really detected: " + failures);
    }

    private static Path writeTemp(String text) throws Exception {
        Path file = Files.createTempFile("synthetic", ".bdf");
        Files.writeString(file, text);
        file.toFile().deleteOnExit();
        return file;
    }
}
