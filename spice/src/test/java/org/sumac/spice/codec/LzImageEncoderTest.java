package org.sumac.spice.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LzImageEncoderTest {

    private final LzImageEncoder encoder = new LzImageEncoder();

    record Case(String name, int[] pixels, int width, int height) {}

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("1x1", TestImages.solid(1, 1, 0xABCDEF), 1, 1));
        cases.add(new Case("2x1", new int[] {0x010203, 0x010203}, 2, 1));
        cases.add(new Case("3x7 noise", TestImages.noise(3, 7, 11), 3, 7));
        cases.add(new Case("3x7 solid", TestImages.solid(3, 7, 0x00FF00), 3, 7));
        cases.add(new Case("1x300 gradient", TestImages.gradient(1, 300), 1, 300));
        cases.add(new Case("300x1 gradient", TestImages.gradient(300, 1), 300, 1));
        cases.add(new Case("33x17 text", TestImages.textLike(33, 17, 12), 33, 17));
        cases.add(new Case("257x129 gradient", TestImages.gradient(257, 129), 257, 129));
        cases.add(new Case("200x150 noise", TestImages.noise(200, 150, 13), 200, 150));
        cases.add(new Case("199x101 photo", TestImages.photoLike(199, 101, 14), 199, 101));
        cases.add(new Case("640x480 text", TestImages.textLike(640, 480, 15), 640, 480));
        // Wider than the near window, so the row-above match needs the far (4-byte) distance form.
        cases.add(new Case("9000x3 text", TestImages.textLike(9000, 3, 16), 9000, 3));
        cases.add(new Case("400x400 solid", TestImages.solid(400, 400, 0x7F7F7F), 400, 400));
        int[] repeats = TestImages.noise(300, 300, 17);
        // Blocks copied from far back: exercises hash matches at near and far distances.
        for (int i = 0; i < 5000; i++) {
            repeats[60000 + i] = repeats[100 + i];
            repeats[80000 + i] = repeats[72000 + i];
        }
        cases.add(new Case("300x300 repeats", repeats, 300, 300));
        cases.add(new Case("1920x1080 text", TestImages.textLike(1920, 1080, 18), 1920, 1080));
        return cases;
    }

    @Test
    void roundTripsThroughTheReferenceDecoder() {
        for (Case c : cases()) {
            byte[] data = encoder.encodeData(c.pixels(), 0, c.width(), c.width(), c.height());
            assertNotNull(data, c.name());
            SpiceLzReferenceDecoder.Image image = SpiceLzReferenceDecoder.decodeImageData(data);
            assertEquals(c.width(), image.width(), c.name());
            assertEquals(c.height(), image.height(), c.name());
            assertTrue(image.topDown(), c.name());
            assertArrayEquals(c.pixels(), image.pixels(), c.name());
        }
    }

    @Test
    void spiceHtml5DecodesTheSamePixels(@TempDir Path work) throws Exception {
        assumeTrue(Html5LzDecoder.available(), "needs node and the spice-html5 package (.ci/packages)");
        List<Case> cases = cases();
        List<byte[]> encoded = new ArrayList<>();
        for (Case c : cases) {
            encoded.add(encoder.encodeData(c.pixels(), 0, c.width(), c.width(), c.height()));
        }
        List<byte[]> decoded = Html5LzDecoder.decode(work, encoded);
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            byte[] rgba = decoded.get(i);
            byte[] expected = new byte[c.width() * c.height() * 4];
            for (int p = 0; p < c.pixels().length; p++) {
                int rgb = c.pixels()[p];
                expected[4 * p] = (byte) (rgb >>> 16);
                expected[4 * p + 1] = (byte) (rgb >>> 8);
                expected[4 * p + 2] = (byte) rgb;
                expected[4 * p + 3] = (byte) 255;
            }
            assertArrayEquals(expected, rgba, c.name());
        }
    }

    @Test
    void writesTheHeaderAndTokensTheFormatDefines() {
        // Pixels: A, A, A, A, B — literal A, run of 3 (distance 1), literal B.
        int a = 0x112233;
        int b = 0x445566;
        byte[] data = encoder.encodeData(new int[] {a, a, a, a, b}, 0, 5, 5, 1);
        String expected = "26000000" // data_size = 28 + 10, little-endian
                + "20205a4c" + "00010001" + "00000008" + "00000005" + "00000001" + "00000014" + "00000001"
                + "00" + "332211" // one literal pixel, bytes B, G, R
                + "60" + "00" // match: length 3 << 5, distance - 1 = 0
                + "00" + "665544";
        assertEquals(expected, HexFormat.of().formatHex(data));
    }

    @Test
    void referenceDecoderFollowsTheLongLengthAndFarDistanceForms() {
        // Literal pixel, then a match of 7 + 255 + 3 = 265 pixels at distance 1, written with
        // extension bytes; then a far reference (v = 8191 + 2) can't be valid this early.
        String header = "20205a4c" + "00010001" + "00000008" + "0000010a" + "00000001" + "00000428" + "00000001";
        String body = "00" + "010203" + "e0" + "ff" + "03" + "00";
        byte[] ok = withSize(HexFormat.of().parseHex(header + body));
        SpiceLzReferenceDecoder.Image image = SpiceLzReferenceDecoder.decodeImageData(ok);
        assertEquals(266, image.pixels().length);
        for (int p : image.pixels()) {
            assertEquals(0x030201, p);
        }
        String farBody = "00" + "010203" + "ff" + "ff" + "03" + "ff" + "0002";
        assertThrows(SpiceLzReferenceDecoder.FormatException.class,
                () -> SpiceLzReferenceDecoder.decodeImageData(withSize(HexFormat.of().parseHex(header + farBody))));
        assertThrows(SpiceLzReferenceDecoder.FormatException.class,
                () -> SpiceLzReferenceDecoder.decodeImageData(withSize(HexFormat.of().parseHex(header + body + "00"))),
                "trailing bytes are an error");
    }

    private static byte[] withSize(byte[] stream) {
        byte[] data = new byte[stream.length + 4];
        data[0] = (byte) stream.length;
        data[1] = (byte) (stream.length >>> 8);
        System.arraycopy(stream, 0, data, 4, stream.length);
        return data;
    }

    @Test
    void usesFarDistancesCorrectly() {
        // Row above at distance 9000 (> 8191): must be the far form and still decode.
        int width = 9000;
        int[] pixels = TestImages.noise(width, 2, 21);
        System.arraycopy(pixels, 0, pixels, width, width);
        byte[] data = encoder.encodeData(pixels, 0, width, width, 2);
        assertTrue(data.length < 4 + 28 + width * 3 + width / 32 + 1 + 60, "second row costs only a few bytes: " + data.length);
        assertArrayEquals(pixels, SpiceLzReferenceDecoder.decodeImageData(data).pixels());
    }

    @Test
    void honoursOffsetStrideAndIgnoresTheTopByte() {
        int width = 31;
        int height = 11;
        int[] pixels = TestImages.textLike(width, height, 22);
        int[] embedded = TestImages.embed(pixels, width, height, 7, 40, 0xFF00FF);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                embedded[7 + y * 40 + x] |= 0xFF00_0000;
            }
        }
        byte[] data = encoder.encodeData(embedded, 7, 40, width, height);
        assertArrayEquals(pixels, SpiceLzReferenceDecoder.decodeImageData(data).pixels());
    }

    @Test
    void compressesScreenContentWellAndGivesUpOnNoise() {
        int[] text = TestImages.textLike(1920, 1080, 23);
        EncodedImage image = encoder.encode(text, 0, 1920, 1920, 1080);
        assertEquals(101, image.imageType());
        assertTrue(image.data().length * 8 < 1920 * 1080 * 4, "text-like at least 8:1, got " + image.data().length);
        EncodedImage solid = encoder.encode(TestImages.solid(1920, 1080, 0x123456), 0, 1920, 1920, 1080);
        assertTrue(solid.data().length < 10_000, "solid frame is a run: " + solid.data().length);
        assertNull(encoder.encode(TestImages.noise(1, 1, 1), 0, 1, 1, 1), "1 pixel: raw is smaller");
        assertNull(encoder.encode(null, 0, 1, 1, 1));
        assertNull(encoder.encode(new int[4], 0, 2, 2, 3));
    }
}
