package org.sumac.spice.channel.display;

import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The display API for the screen's owner. Every method is cheap and non-blocking: it records the change for
 * each connected client and wakes the library's threads, which read pixels and encode later. Post after you
 * changed the pixels (for fills and copies: after drawing them yourself too), ideally inside the same lock
 * that {@link ScreenSource#withConsistentView} takes.
 * <p>An owner that posts under that lock can leave the wake-up of {@link #fill}, {@link #copyBits} and
 * {@link #damage} to one {@link #wake()} after it released the lock ({@link #setWakeOnPost}): woken at the post,
 * the library's thread would mostly find the lock still held, wait, and need a second wake-up.
 */
public final class SpiceDisplay {
    private final ScreenSource source;
    private final CopyOnWriteArrayList<DisplayChannelClient> clients = new CopyOnWriteArrayList<>();
    private volatile boolean wakeOnPost = true;

    public SpiceDisplay(ScreenSource source) {
        this.source = source;
    }

    public ScreenSource source() {
        return source;
    }

    /** The rectangle now has the solid colour {@code rgb} (0x00RRGGBB). */
    public void fill(int x, int y, int width, int height, int rgb) {
        Rect r = new Rect(x, y, width, height);
        if (r.isEmpty()) return;
        for (DisplayChannelClient c : clients) {
            c.updates().fill(r, rgb);
            if (wakeOnPost) c.requestFlush();
        }
    }

    /** The area of size width x height at (srcX, srcY) was copied to (dstX, dstY), e.g. a scroll. */
    public void copyBits(int srcX, int srcY, int dstX, int dstY, int width, int height) {
        Rect target = new Rect(dstX, dstY, width, height);
        if (target.isEmpty()) return;
        for (DisplayChannelClient c : clients) {
            c.updates().copy(srcX, srcY, target);
            if (wakeOnPost) c.requestFlush();
        }
    }

    /** The pixels of the rectangle changed in any way; they are read from the source when a frame is built. */
    public void damage(int x, int y, int width, int height) {
        Rect r = new Rect(x, y, width, height);
        if (r.isEmpty()) return;
        for (DisplayChannelClient c : clients) {
            c.updates().damage(r);
            if (wakeOnPost) c.requestFlush();
        }
    }

    /** Everything changed (also the way to announce a new screen size: the next frame re-creates the surface). */
    public void damageAll() {
        for (DisplayChannelClient c : clients) {
            c.updates().refreshAll();
            c.requestFlush();
        }
    }

    /** The screen size changed; clients get the primary surface destroyed and re-created at the new size. */
    public void screenResized() {
        damageAll();
    }

    /** Sends RESET (clients drop their surfaces) followed by a fresh surface and full frame. */
    public void reset() {
        for (DisplayChannelClient c : clients) {
            c.updates().requestReset();
            c.requestFlush();
        }
    }

    /**
     * False: fill, copyBits and damage only record, and the owner calls {@link #wake()} after each batch of them
     * (forgetting it leaves changes unsent until the next wake). The rarer posts (damageAll, screenResized,
     * reset) always wake. Default true.
     */
    public void setWakeOnPost(boolean wake) {
        wakeOnPost = wake;
    }

    /**
     * Wakes the library's threads for what was posted without a wake-up; cheap when nothing is pending. Call it
     * outside the source's lock: a change after a quiet spell may be built into a frame on the calling thread
     * (which then takes that lock), saving the worker's wake-up.
     */
    public void wake() {
        for (DisplayChannelClient c : clients) {
            c.requestFlushFromOwner();
        }
    }

    /** Number of display connections currently served. */
    public int clientCount() {
        return clients.size();
    }

    void register(DisplayChannelClient client) {
        clients.add(client);
    }

    void unregister(DisplayChannelClient client) {
        clients.remove(client);
    }
}
