package org.sumac.x11.server;

/**
 * How much heap a display lets its clients hold, in bytes. The defaults fit one display in Sumac's 1 GiB heap
 * (app/jvm.options) with room to spare: the clients' total (512 MiB) plus the display's own memory (the screen,
 * 32 MiB at 4K, and the SPICE side's copies of it, a few screens) plus one reply being built (at most the output
 * limit, 64 MiB) stays under ~800 MiB. One client may take half the total (256 MiB: eight 4K screens of pixmaps),
 * so two greedy clients are needed to fill a display, and 30 of them get BadAlloc instead of the heap.
 *
 * @param perClient    pixmaps, properties, atoms, other resources and the unread part of the request being read
 * @param display      the sum over all clients of the display, past and present (what departed clients left
 *                     behind, such as properties on the root window, still counts)
 * @param clientOutput replies and events a client has not read yet; past it the client is disconnected (a reply
 *                     larger than this, such as GetImage of a huge pixmap, is BadAlloc)
 */
public record MemoryLimits(long perClient, long display, long clientOutput) {
    public static final MemoryLimits DEFAULT = new MemoryLimits(256L << 20, 512L << 20, 64L << 20);

    public MemoryLimits {
        if (perClient <= 0 || display <= 0 || clientOutput <= 0) throw new IllegalArgumentException("memory limits must be positive");
    }
}
