package org.sumac.spice.channel.display;

import java.util.Arrays;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * A simple in-memory screen: an int[] of xRGB pixels plus the lock that makes drawing and posting atomic with
 * respect to frame building. Draw inside {@link #draw}; post the matching commands to a {@link SpiceDisplay}
 * from inside the same call.
 */
public final class FramebufferScreen implements ScreenSource {
    private final ReentrantLock lock = new ReentrantLock();
    private int width;
    private int height;
    private int[] pixels;

    public FramebufferScreen(int width, int height) {
        this.width = width;
        this.height = height;
        this.pixels = new int[width * height];
    }

    /** Runs drawing code with exclusive access to the pixels. */
    public void draw(Consumer<FramebufferScreen> drawing) {
        lock.lock();
        try {
            drawing.accept(this);
        } finally {
            lock.unlock();
        }
    }

    public int[] pixels() {
        return pixels;
    }

    public void resize(int newWidth, int newHeight) {
        lock.lock();
        try {
            int[] next = new int[newWidth * newHeight];
            for (int row = 0; row < Math.min(height, newHeight); row++) {
                System.arraycopy(pixels, row * width, next, row * newWidth, Math.min(width, newWidth));
            }
            pixels = next;
            width = newWidth;
            height = newHeight;
        } finally {
            lock.unlock();
        }
    }

    public void fillRect(int x, int y, int w, int h, int rgb) {
        Rect r = new Rect(x, y, w, h).intersect(new Rect(0, 0, width, height));
        for (int row = r.y(); row < r.bottom(); row++) {
            Arrays.fill(pixels, row * width + r.x(), row * width + r.right(), rgb);
        }
    }

    /** Copies an area like XCopyArea within the screen (overlap-safe). */
    public void copyArea(int srcX, int srcY, int dstX, int dstY, int w, int h) {
        int[] tmp = new int[w * h];
        for (int row = 0; row < h; row++) {
            System.arraycopy(pixels, (srcY + row) * width + srcX, tmp, row * w, w);
        }
        for (int row = 0; row < h; row++) {
            System.arraycopy(tmp, row * w, pixels, (dstY + row) * width + dstX, w);
        }
    }

    public void setPixel(int x, int y, int rgb) {
        if (x >= 0 && y >= 0 && x < width && y < height) pixels[y * width + x] = rgb;
    }

    public int getPixel(int x, int y) {
        return pixels[y * width + x];
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public int height() {
        return height;
    }

    @Override
    public void readPixels(int x, int y, int w, int h, int[] dst, int offset, int stride) {
        for (int row = 0; row < h; row++) {
            System.arraycopy(pixels, (y + row) * width + x, dst, offset + row * stride, w);
        }
    }

    @Override
    public void withConsistentView(Runnable reader) {
        lock.lock();
        try {
            reader.run();
        } finally {
            lock.unlock();
        }
    }
}
