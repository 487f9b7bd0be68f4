package org.sumac.spice.codec;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.DirectColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * SPICE_IMAGE_TYPE_JPEG (105) encoder: a baseline JFIF written by the JDK's ImageIO JPEG writer
 * (YCbCr, 4:2:0) at a fixed quality. Lossy: use it only for photo- or video-like areas (see
 * {@link PhotoLikeness}) and only when the client or the configuration asks for lossy images.
 *
 * <p>Wire layout of {@link EncodedImage#data()} (everything after the SpiceImageDescriptor):
 *
 * <pre>
 *   u32 LE  data_size     number of bytes that follow
 *   data_size bytes       a complete JFIF file (SOI ... EOI), width × height pixels
 * </pre>
 *
 * The caller adds nothing: it writes the descriptor (type 105, width, height — spice-gtk requires
 * them to equal the JPEG's, which they do) and then {@code data}. spice-html5 takes the JPEG as
 * "everything to the end of the message", so the image must be the last thing in its message,
 * and it draws JPEGs asynchronously. Clients keep JPEG images as lossy cache entries.
 *
 * <p>Returns {@code null} for invalid arguments or if the JDK has no JPEG writer. Thread-safe:
 * a writer is created per call.
 */
public final class JpegImageEncoder implements ImageEncoder {

    public static final int IMAGE_TYPE = 105;
    /** The C server's default jpeg_quality. */
    public static final int DEFAULT_QUALITY = 85;
    static final long MAX_IMAGE_BYTES = (1L << 30) - 1;
    /** JPEG dimensions are 16-bit. */
    static final int MAX_SIDE = 65535;

    private final float quality;

    public JpegImageEncoder() {
        this(DEFAULT_QUALITY);
    }

    /** @param quality 1 (smallest) to 100 (best), as libjpeg's quality scale */
    public JpegImageEncoder(int quality) {
        if (quality < 1 || quality > 100) {
            throw new IllegalArgumentException("JPEG quality must be 1..100, got " + quality);
        }
        this.quality = quality / 100f;
    }

    @Override
    public int imageType() {
        return IMAGE_TYPE;
    }

    @Override
    public EncodedImage encode(int[] pixels, int offset, int stride, int width, int height) {
        if (!PixelArgs.valid(pixels, offset, stride, width, height, MAX_IMAGE_BYTES)
                || width > MAX_SIDE || height > MAX_SIDE) {
            return null;
        }
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        if (!writers.hasNext()) {
            return null;
        }
        ImageWriter writer = writers.next();
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(Math.max(1024, width * height / 4));
            for (int i = 0; i < 4; i++) {
                bytes.write(0); // data_size, patched below
            }
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(bytes)) {
                writer.setOutput(stream);
                writer.write(null, new IIOImage(wrap(pixels, offset, stride, width, height), null, null), param);
            }
            byte[] data = bytes.toByteArray();
            int size = data.length - 4;
            data[0] = (byte) size;
            data[1] = (byte) (size >>> 8);
            data[2] = (byte) (size >>> 16);
            data[3] = (byte) (size >>> 24);
            return new EncodedImage(IMAGE_TYPE, data);
        } catch (IOException | RuntimeException e) {
            return null; // the caller falls back to a lossless encoding
        } finally {
            writer.dispose();
        }
    }

    /** A view of the caller's pixels as an RGB image, without copying; the top byte is masked off. */
    private static BufferedImage wrap(int[] pixels, int offset, int stride, int width, int height) {
        DirectColorModel rgb = new DirectColorModel(24, 0xFF0000, 0x00FF00, 0x0000FF);
        int size = (height - 1) * stride + width;
        DataBufferInt buffer = new DataBufferInt(pixels, size, offset);
        WritableRaster raster = Raster.createPackedRaster(buffer, width, height, stride, rgb.getMasks(), null);
        return new BufferedImage(rgb, raster, false, null);
    }
}
