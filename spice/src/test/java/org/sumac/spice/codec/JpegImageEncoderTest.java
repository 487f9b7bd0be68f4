package org.sumac.spice.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class JpegImageEncoderTest {

    static BufferedImage decode(byte[] data) throws IOException {
        int size = (data[0] & 0xFF) | (data[1] & 0xFF) << 8 | (data[2] & 0xFF) << 16 | (data[3] & 0xFF) << 24;
        assertEquals(data.length - 4, size, "data_size covers the JPEG");
        assertEquals(0xFF, data[4] & 0xFF, "SOI");
        assertEquals(0xD8, data[5] & 0xFF, "SOI");
        assertEquals(0xFF, data[data.length - 2] & 0xFF, "EOI");
        assertEquals(0xD9, data[data.length - 1] & 0xFF, "EOI");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(data, 4, size));
        assertNotNull(image, "ImageIO reads it back");
        return image;
    }

    /** Peak signal-to-noise ratio over the three channels, in dB. */
    static double psnr(int[] expected, BufferedImage actual, int width, int height) {
        double squared = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int a = expected[y * width + x];
                int b = actual.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    int d = (a >>> shift & 0xFF) - (b >>> shift & 0xFF);
                    squared += d * d;
                }
            }
        }
        double mse = squared / (3.0 * width * height);
        return mse == 0 ? Double.POSITIVE_INFINITY : 10 * Math.log10(255 * 255 / mse);
    }

    @Test
    void photoFrameDecodesCloseToTheSource() throws IOException {
        int width = 320;
        int height = 240;
        int[] pixels = TestImages.photoLike(width, height, 31);
        EncodedImage image = new JpegImageEncoder().encode(pixels, 0, width, width, height);
        assertEquals(105, image.imageType());
        BufferedImage decoded = decode(image.data());
        assertEquals(width, decoded.getWidth(), "descriptor width must equal the JPEG's");
        assertEquals(height, decoded.getHeight());
        double psnr = psnr(pixels, decoded, width, height);
        assertTrue(psnr > 32, "PSNR " + psnr);
        assertTrue(image.data().length * 5 < width * height * 4, "at least 5:1, got " + image.data().length);
    }

    @Test
    void qualityTradesSizeForFidelity() throws IOException {
        int width = 256;
        int height = 160;
        int[] pixels = TestImages.photoLike(width, height, 32);
        EncodedImage low = new JpegImageEncoder(20).encode(pixels, 0, width, width, height);
        EncodedImage high = new JpegImageEncoder(95).encode(pixels, 0, width, width, height);
        assertTrue(low.data().length < high.data().length);
        assertTrue(psnr(pixels, decode(low.data()), width, height) < psnr(pixels, decode(high.data()), width, height));
        assertThrows(IllegalArgumentException.class, () -> new JpegImageEncoder(0));
        assertThrows(IllegalArgumentException.class, () -> new JpegImageEncoder(101));
    }

    @Test
    void oddSizesOffsetAndStride() throws IOException {
        for (int[] size : new int[][] {{1, 1}, {3, 7}, {17, 5}}) {
            int width = size[0];
            int height = size[1];
            int[] pixels = TestImages.solid(width, height, 0x3080C0);
            int[] embedded = TestImages.embed(pixels, width, height, 9, width + 4, 0xFF0000);
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    embedded[9 + y * (width + 4) + x] |= 0xFF00_0000; // the top byte must not matter
                }
            }
            BufferedImage decoded = decode(new JpegImageEncoder(90).encode(embedded, 9, width + 4, width, height).data());
            assertEquals(width, decoded.getWidth());
            assertEquals(height, decoded.getHeight());
            assertTrue(psnr(pixels, decoded, width, height) > 35, "solid colour survives, no red from the margin");
        }
    }

    @Test
    void refusesBadArguments() {
        JpegImageEncoder encoder = new JpegImageEncoder();
        assertNull(encoder.encode(null, 0, 1, 1, 1));
        assertNull(encoder.encode(new int[10], 0, 5, 5, 3));
        assertNull(encoder.encode(new int[70000], 0, 70000, 70000, 1), "JPEG sides are 16-bit");
    }
}
