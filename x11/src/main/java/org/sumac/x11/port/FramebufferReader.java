package org.sumac.x11.port;

/** The screen's pixels as xRGB (the 24 colour bits; anything above is cleared). */
public interface FramebufferReader {
    int width();

    int height();

    /**
     * Copies a rectangle of the screen into {@code dst} (row {@code r} at {@code offset + r * stride}) under the
     * display lock. The rectangle must lie inside the screen.
     */
    void read(int x, int y, int width, int height, int[] dst, int offset, int stride);

    /**
     * Runs {@code reader} with the screen held still: every {@link #read} inside it sees one instant, consistent with
     * the {@link ScreenObserver} calls made before it (a torn area that a later copy moves would stay wrong on a
     * remote client). Keep it short: X clients wait meanwhile. Copy pixels here, encode them afterwards.
     */
    void consistently(Runnable reader);
}
