package org.sumac.spice.channel.display;

/**
 * The screen the library serves: 32-bit xRGB pixels (0x00RRGGBB, one int each). The library calls these
 * methods on its own threads when it builds a frame, never from the caller's posting methods.
 */
public interface ScreenSource {
    int width();

    int height();

    /**
     * Copies a rectangle, which always lies inside {@code width() x height()}, into {@code dst}: row r goes to
     * {@code dst[offset + r * stride ...]}.
     */
    void readPixels(int x, int y, int width, int height, int[] dst, int offset, int stride);

    /**
     * Runs {@code reader} while the screen neither changes nor has commands posted for it. The library takes its
     * pending commands and reads pixels inside this call, so the pixels it sends match the commands it sends.
     * Implement it with the same lock the owner holds while it draws and posts; the default gives no guarantee
     * (fine for a source that posts only {@link SpiceDisplay#damage}).
     */
    default void withConsistentView(Runnable reader) {
        reader.run();
    }
}
