package org.sumac.spice.channel.display;

import io.netty.channel.Channel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.sumac.spice.channel.ChannelClient;
import org.sumac.spice.codec.EncodedImage;
import org.sumac.spice.codec.ImageEncoder;
import org.sumac.spice.link.LinkRequest;
import org.sumac.spice.server.Session;
import org.sumac.spice.server.SpiceServerConfig;
import org.sumac.spice.wire.OutMessage;
import org.sumac.spice.wire.ProtocolException;
import org.sumac.spice.wire.Spice;
import org.sumac.spice.wire.SpiceMessage;

/**
 * The DISPLAY channel of one client: the primary surface, and frames built from pending commands and damage
 * whenever the socket and the ACK window have room, paced by a frame clock (a change after a quiet spell goes
 * out at once; steady change at most once per {@link SpiceServerConfig#minFrameIntervalNanos()}, so a burst such
 * as fast scrolling costs a few frames, not one per drawing request).
 * <p>Threads: frames are read (which may wait for the source's lock) and encoded on the desktop's display worker
 * ({@link DisplayWorker}), never on the connection's event loop, which other desktops' connections share; only a
 * change after a quiet spell with nothing in flight, made of fills and copies alone (no pixels to read, no image to
 * encode), is built on the screen owner's thread as it wakes us ({@link #requestFlushFromOwner}), to spare the
 * worker's wake-up. A finished frame goes to the event loop in one task that writes its messages; the next frame
 * is built only after that (one frame in flight), and only while the socket and the ACK window have room.
 */
public final class DisplayChannelClient extends ChannelClient {
    static final int TILE = 256;
    static final int MIN_CACHED_AREA = 32 * 32;
    /** The smallest side of a part of a tile judged photo-like on its own (PhotoLikeness.MIN_PIXELS is 96x96). */
    static final int SPLIT_MIN = 96;
    private static final int SURFACE_ID = 0;

    /** Pixels of a rectangle for one DRAW_COPY; {@code hash} their pixmap-cache key when already computed, else 0. */
    private record Tile(Rect rect, int[] pixels, long hash) {
        Tile(Rect rect, int[] pixels) {
            this(rect, pixels, 0);
        }

        /** The part of this tile inside r (r lies within it). */
        Tile crop(Rect r) {
            int[] px = new int[r.width() * r.height()];
            for (int row = 0; row < r.height(); row++) {
                System.arraycopy(pixels, (r.y() - rect.y() + row) * rect.width() + (r.x() - rect.x()), px,
                        row * r.width(), r.width());
            }
            return new Tile(r, px);
        }
    }

    private final SpiceDisplay display;
    private final ImageCodecs codecs;
    private final SpiceServerConfig config;
    private final PendingUpdates updates = new PendingUpdates();
    /** What the client shows: damaged tiles are compared with it, so unchanged pixels are not sent again. */
    private final ClientPicture picture = new ClientPicture();
    private volatile long unchangedTiles;
    private volatile long handOffs;
    private volatile long handOffNanos;
    private final ScheduledExecutorService worker;
    private final AtomicBoolean flushQueued = new AtomicBoolean();
    /** The worker found no room (socket or ACK window); the event loop wakes it when room comes. */
    private final AtomicBoolean waitingForWindow = new AtomicBoolean();
    /** A frame was handed to the event loop and is not written yet; the worker builds no other meanwhile. */
    private volatile boolean frameInFlight;
    /**
     * Held while a frame is built: on the worker, or on the screen owner's thread for a change after a quiet spell
     * ({@link #requestFlushFromOwner}). The frame state below (frameOut, picture, surfaceCreated, the frame clock's
     * fields, image ids) is touched only with it held, so "worker only" below means "with this held".
     */
    private final ReentrantLock building = new ReentrantLock();
    /** Messages of the frame being built (worker only). */
    private List<OutMessage> frameOut = new ArrayList<>();
    private boolean surfaceCreated;
    private volatile PixmapCache cache;
    private volatile int preferredCompression = -1;
    private long nextImageId = 1;
    private volatile long framesSent;
    /** When the last frame left (System.nanoTime), for the frame clock. */
    private long lastFrameNanos;
    /** What reading and encoding the last frame took: steady drawing waits a multiple of it (see below). */
    private long lastFrameCostNanos;
    /**
     * Under steady drawing the next frame waits at least this many times the last frame's cost, so building
     * frames takes at most about a tenth of a CPU however heavy the drawing: the desktop keeps its CPU.
     */
    static final int FRAME_COST_SHARE = 10;
    /** ... but never less often than five frames a second. */
    static final long MAX_STEADY_INTERVAL_NANOS = 200_000_000L;
    private volatile boolean frameTimerArmed;
    /** When the screen owner last posted a change (System.nanoTime); posts come from its thread. */
    private volatile long lastPostNanos;
    /** A change arrived after a quiet spell: it goes out without waiting for the frame clock. */
    private volatile boolean changeAfterQuiet;

    /**
     * @param worker the desktop's display worker (see {@link DisplayWorker}); a test may pass the channel's own
     *               event loop to run everything on one thread
     */
    public DisplayChannelClient(Session session, LinkRequest link, Channel channel, SpiceDisplay display,
                                ImageCodecs codecs, ScheduledExecutorService worker) {
        super(session, link, channel);
        this.display = display;
        this.codecs = codecs;
        this.config = session.server().config();
        this.worker = worker;
    }

    PendingUpdates updates() {
        return updates;
    }

    public long framesSent() {
        return framesSent;
    }

    @Override
    protected void start() {
        if (config.displayAckWindow() > 0) {
            sendSetAck(config.displayAckWindow());
        }
        // The client's cache may hold images from an earlier display connection of this session.
        send(message(Spice.MSG_DISPLAY_INVAL_ALL_PIXMAPS, 1).u8(0));
        display.register(this);
        requestFlush();
    }

    @Override
    protected void closed() {
        display.unregister(this);
    }

    @Override
    protected void handleMessage(SpiceMessage message) throws ProtocolException {
        switch (message.type()) {
            case Spice.MSGC_DISPLAY_INIT -> {
                message.requireBody(14);
                message.body().readUnsignedByte(); // cache id
                long cachePixels = message.body().readLongLE();
                long budget = Math.min(Math.max(cachePixels, 0), config.pixmapCacheMaxPixels());
                if (cache == null) {
                    cache = new PixmapCache(budget); // used by the worker from its next frame on
                }
            }
            case Spice.MSGC_DISPLAY_PREFERRED_COMPRESSION -> {
                message.requireBody(1);
                preferredCompression = message.body().readUnsignedByte();
                log.debug("SPICE {}: client prefers image compression {}", describe(), preferredCompression);
            }
            case Spice.MSGC_DISPLAY_STREAM_REPORT, Spice.MSGC_DISPLAY_GL_DRAW_DONE,
                 Spice.MSGC_DISPLAY_PREFERRED_VIDEO_CODEC_TYPE -> { /* no streams */ }
            default -> unknownMessage(message);
        }
    }

    /**
     * Safe from any thread; coalesces wake-ups. A change after a quiet spell (no post for half a frame interval:
     * a key echo, a click) is sent at once even if the frame clock would hold it; steady drawing is paced.
     */
    void requestFlush() {
        requestFlush(false);
    }

    /**
     * The screen owner's wake-up after a batch of posts, on its own thread and outside the source's lock
     * ({@link SpiceDisplay#wake()}). When the change comes after a quiet spell, nothing is in flight and it is
     * fills and copies alone, the frame is built here and now instead of on the worker, whose wake-up took 0.11-0.12
     * ms (median, load ~20) of a fill-to-screen latency of ~1-2 ms on this two-CPU machine (bench/README.md). Steady
     * drawing still goes to the worker and its frame clock, so the X side spends no more time on frames than before.
     */
    void requestFlushFromOwner() {
        requestFlush(true);
    }

    private void requestFlush(boolean mayBuildHere) {
        long now = System.nanoTime();
        boolean quiet = now - lastPostNanos > config.minFrameIntervalNanos() / 2;
        lastPostNanos = now;
        if (quiet) changeAfterQuiet = true;
        if (flushQueued.compareAndSet(false, true) || (quiet && frameTimerArmed)) {
            // tryLock, never lock: the worker may hold it while it waits for the source's lock.
            // Only fills and copies: reading pixels and encoding images stay off the X thread.
            if (mayBuildHere && quiet && !frameInFlight && !frameTimerArmed && !waitingForWindow.get()
                    && updates.commandsOnly() && building.tryLock()) {
                try {
                    guarded(this::flushHeld);
                } finally {
                    building.unlock();
                }
            } else {
                onWorker(this::flush);
            }
        }
    }

    /** Runs a task on the display worker; a task that fails closes this connection rather than the worker. */
    private void onWorker(Runnable task) {
        try {
            worker.execute(() -> guarded(task));
        } catch (RejectedExecutionException e) {
            // the desktop is closing: its connections go with it
        }
    }

    private void guarded(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            log.warn("SPICE {}: building a frame failed, closing", describe(), e);
            frameOut.forEach(OutMessage::discard);
            frameOut = new ArrayList<>();
            closeQuietly();
        }
    }

    /** Event loop: the ACK window or the socket has room again. */
    @Override
    protected void sendWindowOpened() {
        if (waitingForWindow.compareAndSet(true, false)) {
            onWorker(this::flush);
        }
    }

    /** Worker: room to send now; if not, asks the event loop to wake the worker when there is. */
    private boolean roomToSend() {
        if (canSendBulk()) return true;
        waitingForWindow.set(true);
        // The window may have opened between the check and the flag: then nobody would wake us.
        if (canSendBulk() && waitingForWindow.compareAndSet(true, false)) return true;
        return false;
    }

    /**
     * Worker: builds a frame and hands it to the event loop, unless a frame is still being written, the window
     * is closed or the frame clock says wait. While waiting, the flush stays queued ({@link #flushQueued} true), so
     * posts from the X side cost no wake-up: the frame's write, the window opening or the clock's tick calls this
     * again.
     */
    private void flush() {
        building.lock();
        try {
            flushHeld();
        } finally {
            building.unlock();
        }
    }

    /** {@link #flush} with {@link #building} held. */
    private void flushHeld() {
        if (isClosing() || frameInFlight) return;
        if (!roomToSend()) return;
        long now = System.nanoTime();
        long interval = config.minFrameIntervalNanos() == 0 ? 0 : Math.max(config.minFrameIntervalNanos(),
                Math.min(MAX_STEADY_INTERVAL_NANOS, FRAME_COST_SHARE * lastFrameCostNanos));
        long early = lastFrameNanos + interval - now;
        if (framesSent > 0 && early > 0 && !changeAfterQuiet) {
            if (!frameTimerArmed) {
                frameTimerArmed = true;
                try {
                    worker.schedule(() -> guarded(this::frameClockTick), early, TimeUnit.NANOSECONDS);
                } catch (RejectedExecutionException e) {
                    frameTimerArmed = false;
                }
            }
            return;
        }
        flushQueued.set(false);
        changeAfterQuiet = false;
        if (!updates.hasPending()) return;
        lastFrameNanos = now;
        ScreenSource source = display.source();
        PendingUpdates.Frame[] frame = new PendingUpdates.Frame[1];
        int[] size = new int[2];
        List<Tile> tiles = new ArrayList<>();
        try {
            source.withConsistentView(() -> {
                size[0] = source.width();
                size[1] = source.height();
                frame[0] = updates.take(size[0], size[1]);
                PendingUpdates.Frame taken = frame[0];
                if (taken.sizeChanged() || taken.reset() || !surfaceCreated) {
                    // A new surface gets one image of the whole screen, as the C server sends it: simple clients
                    // (spicy-screenshot) take the first drawing after the surface as the complete picture.
                    for (Rect r : taken.damage()) {
                        int[] px = new int[r.width() * r.height()];
                        source.readPixels(r.x(), r.y(), r.width(), r.height(), px, 0, r.width());
                        tiles.add(new Tile(r, px));
                    }
                    return;
                }
                for (Rect r : taken.damage()) {
                    for (int ty = r.y(); ty < r.bottom(); ty += TILE) {
                        for (int tx = r.x(); tx < r.right(); tx += TILE) {
                            Rect t = new Rect(tx, ty, Math.min(TILE, r.right() - tx), Math.min(TILE, r.bottom() - ty));
                            int[] px = new int[t.width() * t.height()];
                            source.readPixels(t.x(), t.y(), t.width(), t.height(), px, 0, t.width());
                            tiles.add(new Tile(t, px));
                        }
                    }
                }
            });
        } catch (RuntimeException e) {
            // A failing source must not end the connection; resend everything once it works.
            log.warn("SPICE {}: reading the screen failed; the next frame starts over", describe(), e);
            updates.requestReset(); // the size may have been taken already: re-create the surface too
            return;
        }
        PendingUpdates.Frame f = frame[0];
        boolean newSurface = f.sizeChanged() || f.reset() || !surfaceCreated;
        if (f.reset()) {
            // Destroy first: spice-html5 ignores RESET and would otherwise keep its old canvas.
            if (surfaceCreated) out(message(Spice.MSG_DISPLAY_SURFACE_DESTROY, 4).u32(SURFACE_ID));
            out(message(Spice.MSG_DISPLAY_RESET, 0));
            surfaceCreated = false;
        }
        if (newSurface) {
            if (surfaceCreated) {
                out(message(Spice.MSG_DISPLAY_SURFACE_DESTROY, 4).u32(SURFACE_ID));
                surfaceCreated = false;
            }
            if (size[0] > 0 && size[1] > 0) {
                out(message(Spice.MSG_DISPLAY_SURFACE_CREATE, 20).u32(SURFACE_ID).u32(size[0]).u32(size[1])
                        .u32(Spice.SURFACE_FMT_32_XRGB).u32(Spice.SURFACE_FLAG_PRIMARY));
                surfaceCreated = true;
                out(message(Spice.MSG_DISPLAY_MONITORS_CONFIG, 32).u16(1).u16(1)
                        .u32(0).u32(SURFACE_ID).u32(size[0]).u32(size[1]).u32(0).u32(0).u32(0));
            }
            picture.reset(size[0], size[1]);
        }
        if (!surfaceCreated) {
            handOff();
            return;
        }
        for (PendingUpdates.Command c : f.commands()) {
            switch (c) {
                case PendingUpdates.Fill fill -> writeFill(fill);
                case PendingUpdates.Copy copy -> writeCopyBits(copy);
            }
        }
        if (tiles.isEmpty()) {
            // Nothing below compares with the picture: it follows the commands once the frame is on its way. A
            // 256x256 fill's copy into it took 0.27-0.56 ms (median, load ~20) before the frame left (bench/README.md).
            if (log.isDebugEnabled()) {
                log.debug("SPICE {}: frame {}: {} commands", describe(), framesSent + 1, f.commands().size());
            }
            framesSent++;
            lastFrameCostNanos = System.nanoTime() - now;
            if (newSurface) out(message(Spice.MSG_DISPLAY_MARK, 0));
            handOff();
            applyToPicture(f.commands());
            return;
        }
        applyToPicture(f.commands());
        ImageEncoder encoder = codecs.choose(config.imageCompression(),
                link.hasChannelCap(Spice.DISPLAY_CAP_LZ4_COMPRESSION), preferredCompression);
        long imageBytes = 0;
        ImageEncoder palette = codecs.paletteFor(encoder, link.hasChannelCap(Spice.DISPLAY_CAP_LZ4_COMPRESSION));
        SolidAreas solids = new SolidAreas();
        for (Tile t : tiles) {
            Tile sent = changedPart(t);
            if (sent == null) {
                unchangedTiles++;
                continue;
            }
            picture.put(sent.rect(), sent.pixels());
            // Not on a new surface: simple clients (spicy-screenshot) take its first image for the whole picture.
            int color = newSurface ? -1 : SolidAreas.solidColor(sent.pixels());
            if (color >= 0) {
                solids.add(sent.rect(), color);
                continue;
            }
            for (Tile part : regions(sent, newSurface)) imageBytes += writeImage(part, encoder, palette);
        }
        List<PendingUpdates.Fill> fills = solids.merged();
        fills.forEach(this::writeFill);
        if (newSurface) {
            out(message(Spice.MSG_DISPLAY_MARK, 0));
        }
        framesSent++;
        lastFrameCostNanos = System.nanoTime() - now;
        if (log.isDebugEnabled()) {
            log.debug("SPICE {}: frame {}: {} commands, {} tiles, {} fills of solid tiles, {} image bytes",
                    describe(), framesSent, f.commands().size(), tiles.size(), fills.size(), imageBytes);
        }
        handOff();
    }

    /** Worker: what the client shows after these commands. */
    private void applyToPicture(List<PendingUpdates.Command> commands) {
        for (PendingUpdates.Command c : commands) {
            switch (c) {
                case PendingUpdates.Fill fill -> picture.fill(fill.target(), fill.color() & 0xFFFFFF);
                case PendingUpdates.Copy copy -> picture.copy(copy.srcX(), copy.srcY(), copy.target());
            }
        }
    }

    /** Worker: adds a message to the frame being built. */
    private void out(OutMessage m) {
        frameOut.add(m);
    }

    /**
     * Worker: gives the frame's messages to the event loop, in one task (one hand-off per frame, not per
     * message), which writes and flushes them and then lets the worker build the next frame.
     */
    private void handOff() {
        List<OutMessage> messages = frameOut;
        frameOut = new ArrayList<>();
        frameInFlight = true;
        long handedNanos = System.nanoTime();
        try {
            channel.eventLoop().execute(() -> writeFrame(messages, handedNanos));
        } catch (RejectedExecutionException e) {
            messages.forEach(OutMessage::discard); // the event loops are shutting down
        }
    }

    /** Event loop: writes a frame built by the worker. */
    private void writeFrame(List<OutMessage> messages, long handedNanos) {
        handOffNanos += System.nanoTime() - handedNanos;
        handOffs++;
        for (OutMessage m : messages) write(m); // a closed channel discards them
        channel.flush();
        frameInFlight = false;
        if (isClosing()) return;
        if (updates.hasPending() || flushQueued.get()) {
            flushQueued.set(true);
            onWorker(this::flush);
        }
    }

    private void frameClockTick() {
        frameTimerArmed = false;
        flush();
    }

    private OutMessage base(int type, Rect box, int sizeHint) {
        OutMessage m = message(type, sizeHint);
        m.u32(SURFACE_ID).rect(box.x(), box.y(), box.width(), box.height()).u8(0); // clip NONE
        return m;
    }

    private void writeFill(PendingUpdates.Fill fill) {
        OutMessage m = base(Spice.MSG_DISPLAY_DRAW_FILL, fill.target(), 41);
        m.u8(Spice.BRUSH_SOLID).u32(fill.color() & 0xFFFFFF).u16(Spice.ROP_OP_PUT);
        m.u8(0).u32(0).u32(0).u32(0); // no mask
        out(m);
    }

    private void writeCopyBits(PendingUpdates.Copy copy) {
        OutMessage m = base(Spice.MSG_DISPLAY_COPY_BITS, copy.target(), 29);
        m.u32(copy.srcX()).u32(copy.srcY());
        out(m);
    }

    /** What of t the client does not show yet (all of it on a new surface), or null when it shows all of t. */
    private Tile changedPart(Tile t) {
        Rect changed = picture.changedWithin(t.rect(), t.pixels());
        if (changed == null || changed.equals(t.rect())) return changed == null ? null : t;
        // A whole tile the client has cached costs a few bytes, less than the changed part as an image.
        int w = t.rect().width(), h = t.rect().height();
        if (cache != null && (long) w * h >= MIN_CACHED_AREA) {
            long hash = contentHash(t.pixels(), w, h);
            if (cache.contains(hash, w, h)) return new Tile(t.rect(), t.pixels(), hash);
        }
        return t.crop(changed);
    }

    /**
     * The parts of t to encode each on its own: t itself, or, where JPEG is allowed and t is not photo-like as a
     * whole, its quarters when one of them is. A photo beside text (a web page's picture next to its paragraph)
     * then goes as JPEG and the text stays lossless, where the whole tile would all have gone lossless. Not on a
     * new surface: simple clients (spicy-screenshot) take its first image for the whole picture.
     */
    private List<Tile> regions(Tile t, boolean newSurface) {
        int w = t.rect().width(), h = t.rect().height();
        if (newSurface || !codecs.hasJpeg() || t.hash() != 0 || (w < 2 * SPLIT_MIN && h < 2 * SPLIT_MIN)) {
            return List.of(t);
        }
        if (codecs.jpegFor(t.pixels(), 0, w, w, h) != null) return List.of(t);
        int cols = w >= 2 * SPLIT_MIN ? 2 : 1, rows = h >= 2 * SPLIT_MIN ? 2 : 1;
        List<Tile> parts = new ArrayList<>(cols * rows);
        boolean photo = false;
        for (int r = 0; r < rows; r++) {
            int y0 = t.rect().y() + r * h / rows, y1 = t.rect().y() + (r + 1) * h / rows;
            for (int c = 0; c < cols; c++) {
                int x0 = t.rect().x() + c * w / cols, x1 = t.rect().x() + (c + 1) * w / cols;
                Tile part = t.crop(new Rect(x0, y0, x1 - x0, y1 - y0));
                photo |= codecs.jpegFor(part.pixels(), 0, x1 - x0, x1 - x0, y1 - y0) != null;
                parts.add(part);
            }
        }
        return photo ? parts : List.of(t);
    }

    /** Writes one DRAW_COPY and returns the size of its image data. */
    private int writeImage(Tile t, ImageEncoder encoder, ImageEncoder palette) {
        int w = t.rect().width(), h = t.rect().height();
        long id;
        int flags = 0;
        boolean fromCache = false;
        ImageEncoder jpeg = codecs.jpegFor(t.pixels(), 0, w, w, h);
        if (cache != null && (long) w * h >= MIN_CACHED_AREA) {
            id = t.hash() != 0 ? t.hash() : contentHash(t.pixels(), w, h);
            if (cache.contains(id, w, h)) {
                fromCache = true;
            } else if (jpeg == null && cache.fits(w, h)) {
                // Only lossless images are cached: a FROM_CACHE must reproduce the pixels exactly.
                List<Long> evicted = cache.admit(id, w, h);
                if (!evicted.isEmpty()) writeInvalidations(evicted);
                flags = Spice.IMAGE_FLAG_CACHE_ME;
            }
        } else {
            id = nextImageId++;
        }
        EncodedImage image = null;
        int type = Spice.IMAGE_TYPE_BITMAP;
        if (fromCache) {
            type = Spice.IMAGE_TYPE_FROM_CACHE;
        } else {
            if (jpeg == null && palette != null) image = palette.encode(t.pixels(), 0, w, w, h);
            ImageEncoder chosen = jpeg != null ? jpeg : encoder;
            if (image == null && chosen != null) image = chosen.encode(t.pixels(), 0, w, w, h);
            if (image != null) type = image.imageType();
        }
        byte[] encoded = image == null ? null : image.data();
        session.server().imageStats().imageSent(type);
        int payload = fromCache ? 0 : encoded != null ? encoded.length : 18 + 4 * w * h;
        if (log.isTraceEnabled()) {
            // What each region costs, to see which content the encoding choice should serve better.
            log.trace("SPICE {}: image {}x{}+{}+{} type {} {} bytes", describe(), w, h, t.rect().x(), t.rect().y(),
                    type, payload);
        }
        OutMessage m = base(Spice.MSG_DISPLAY_DRAW_COPY, t.rect(), 57 + 18 + payload);
        int pointerAt = m.bodyPosition();
        m.u32(0); // src_bitmap pointer, patched below
        m.rect(0, 0, w, h); // src_area
        m.u16(Spice.ROP_OP_PUT).u8(0); // rop, scale mode
        m.u8(0).u32(0).u32(0).u32(0); // no mask
        m.patchU32(pointerAt, m.bodyPosition());
        // The image goes last: spice-html5 takes pixel data up to the end of the message.
        m.u64(id).u8(type).u8(flags).u32(w).u32(h);
        if (fromCache) {
            // nothing follows: the id names the cached image
        } else if (encoded != null) {
            int dataAt = m.bodyPosition();
            m.bytes(encoded);
            if (image.relativePointerAt() >= 0) {
                m.patchU32(dataAt + image.relativePointerAt(), dataAt + image.relativePointer());
            }
        } else {
            m.u8(Spice.BITMAP_FMT_32BIT).u8(Spice.BITMAP_FLAG_TOP_DOWN).u32(w).u32(h).u32(4L * w).u32(0);
            m.pixels(t.pixels(), 0, w, w, h);
        }
        out(m);
        return payload;
    }

    private void writeInvalidations(List<Long> ids) {
        for (int start = 0; start < ids.size(); start += 4096) {
            List<Long> part = ids.subList(start, Math.min(ids.size(), start + 4096));
            OutMessage m = message(Spice.MSG_DISPLAY_INVAL_LIST, 2 + 9 * part.size()).u16(part.size());
            for (long id : part) m.u8(Spice.RES_TYPE_PIXMAP).u64(id);
            out(m);
        }
    }

    /** 64-bit content key for the pixmap cache (size included so equal bytes of other shapes differ). */
    static long contentHash(int[] px, int w, int h) {
        long a = 0x9E3779B97F4A7C15L ^ w * 0x100000001B3L ^ ((long) h << 32);
        long b = 0xC2B2AE3D27D4EB4FL + w + ((long) h << 17);
        for (int p : px) {
            a = (a ^ p) * 0x100000001B3L;
            b = Long.rotateLeft(b + p * 0x9E3779B97F4A7C15L, 31) * 0xC2B2AE3D27D4EB4FL;
        }
        long x = a ^ Long.rotateLeft(b, 17);
        x ^= x >>> 33;
        x *= 0xFF51AFD7ED558CCDL;
        x ^= x >>> 33;
        return x & 0x7FFFFFFFFFFFFFFFL | 0x4000000000000000L; // never collides with the small counter ids
    }

    /** True when nothing is waiting to be built or to leave the socket buffer. Any thread. */
    public boolean isIdle() {
        return !updates.hasPending() && !frameInFlight && pendingBytes() == 0;
    }

    /** Frames handed from the worker to the event loop, and the time they waited there in all (nanoseconds). */
    public long[] handOffStats() {
        return new long[] {handOffs, handOffNanos};
    }

    /** Damaged tiles not sent because the client already showed their pixels. */
    public long unchangedTiles() {
        return unchangedTiles;
    }

    /** For tests: cache statistics. */
    public int cachedImages() {
        return cache == null ? 0 : cache.size();
    }
}
