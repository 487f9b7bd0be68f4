package org.sumac.x11.window;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sumac.x11.geom.Region;
import org.sumac.x11.render.Drawable;
import org.sumac.x11.render.Pixels;
import org.sumac.x11.server.Client;
import org.sumac.x11.server.Cursors;
import org.sumac.x11.server.MemoryBudget;
import org.sumac.x11.server.Resource;
import org.sumac.x11.server.XServer;

/**
 * A window of the tree. Geometry follows the protocol: x, y is the outer corner (border
 * included) relative to the parent's inside origin. The server keeps, for every viewable window,
 * its visible inside region ({@link #clipList}) and visible border-box region ({@link #borderClip})
 * in screen coordinates, recomputed by {@link WindowTree} whenever the tree changes.
 */
public final class Window implements Drawable, Resource {
    public static final int INPUT_OUTPUT = 1, INPUT_ONLY = 2;
    public static final int BG_NONE = 0, BG_PARENT_RELATIVE = 1, BG_PIXEL = 2, BG_PIXMAP = 3;

    private final int id;
    public final Client owner;
    public Window parent;
    /** Children from bottom to top of the stacking order. */
    public final List<Window> children = new ArrayList<>();
    public int x, y, width, height, borderWidth;
    public final int windowClass;
    public final int depth;
    public final int visual;
    final Pixels screen;

    // attributes
    /** One of BG_NONE, BG_PARENT_RELATIVE, BG_PIXEL, BG_PIXMAP. */
    public int backgroundKind = BG_NONE;
    public int backgroundPixel;
    /** Set through {@link #setBackgroundPixmap} and {@link #setBorderPixmap}, which keep what the copies cost. */
    public Pixels backgroundPixmap;
    public int borderPixel;
    public Pixels borderPixmap;
    private MemoryBudget.Charge backgroundCharge, borderCharge;
    /** What the bounding, clip and input shapes (SHAPE's kinds 0, 1, 2) were charged. */
    private final MemoryBudget.Charge[] shapeCharges = new MemoryBudget.Charge[3];

    /**
     * The root's default background, which the root starts with and which background None or ParentRelative on
     * the root restores (as Xvfb without -wr/-br: black pixel 0). Without it, closed windows leave their pixels.
     */
    /**
     * The window whose origin the border pixmap is tiled from, as in Xorg: this one, or for a ParentRelative
     * background the nearest ancestor whose background is not.
     */
    public Window borderTileOrigin() {
        Window w = this;
        while (w.backgroundKind == BG_PARENT_RELATIVE && w.parent != null) w = w.parent;
        return w;
    }

    public void useDefaultRootBackground() {
        backgroundKind = BG_PIXEL;
        backgroundPixel = 0;
        setBackgroundPixmap(null, null);
    }
    /** Border from the parent's border pixmap (CopyFromParent) is resolved at creation. */
    public int bitGravity = 0, winGravity = 1;
    public int backingStore, backingPlanes = -1, backingPixel;
    public boolean overrideRedirect, saveUnder;
    public int doNotPropagateMask;
    public int colormap;
    /**
     * The window's cursor, or null for None. Held, not named by id: FreeCursor removes the id, but a window that
     * shows the cursor keeps it (as in X), and a reused id cannot change what the window shows.
     */
    public Cursors.Cursor cursor;
    /** Event masks selected on this window, per client. */
    public final Map<Client, Integer> eventMasks = new LinkedHashMap<>();
    public final java.util.SequencedMap<Integer, Property> properties = new LinkedHashMap<>();
    /**
     * What extensions keep on this window, as key, value, key, value...; null until one keeps something (most
     * windows never carry any, and a display may have tens of thousands).
     */
    private Object[] extensionState;

    public boolean mapped;
    /** Mapped and all ancestors mapped. */
    public boolean viewable;
    public Region clipList = Region.EMPTY;
    public Region borderClip = Region.EMPTY;
    /** Absolute position of the inside origin, valid after layout. */
    public int absX, absY;
    /** SHAPE extension: bounding and clip shapes relative to the window origin (null = rectangular). */
    public Region boundingShape, clipShape, inputShape;
    /** VisibilityNotify's states, and the one this window was last told (NOT_VIEWABLE while it is not viewable). */
    public static final int UNOBSCURED = 0, PARTIALLY_OBSCURED = 1, FULLY_OBSCURED = 2, NOT_VIEWABLE = 3;
    public int visibility = NOT_VIEWABLE;

    public Window(int id, Client owner, Window parent, int x, int y, int width, int height, int borderWidth,
                  int windowClass, int depth, int visual, Pixels screen) {
        this.id = id;
        this.owner = owner;
        this.parent = parent;
        this.x = x;
        this.y = y;
        this.width = width;
        this.height = height;
        this.borderWidth = borderWidth;
        this.windowClass = windowClass;
        this.depth = depth;
        this.visual = visual;
        this.screen = screen;
        this.buffer = parent != null ? parent.buffer : screen;
        if (parent != null) { bufferX = parent.bufferX; bufferY = parent.bufferY; }
        if (parent != null) { absX = parent.absX + x + borderWidth; absY = parent.absY + y + borderWidth; }
    }

    @Override public int id() { return id; }

    /**
     * A new background tile (null for none; the window takes over the caller's reference) and what it was charged,
     * giving back the old one's charge and memory.
     */
    public void setBackgroundPixmap(Pixels tile, MemoryBudget.Charge charge) {
        if (backgroundCharge != null) backgroundCharge.release();
        if (backgroundPixmap != null && backgroundPixmap != tile) backgroundPixmap.release();
        backgroundPixmap = tile;
        backgroundCharge = charge;
    }

    /**
     * A new border tile (null for none; the parent's, shared, is not charged again; the window takes over the
     * caller's reference) and what it was charged.
     */
    public void setBorderPixmap(Pixels tile, MemoryBudget.Charge charge) {
        if (borderCharge != null) borderCharge.release();
        if (borderPixmap != null && borderPixmap != tile) borderPixmap.release();
        borderPixmap = tile;
        borderCharge = charge;
    }

    /** What a new shape of a kind (0 bounding, 1 clip, 2 input; null for none) was charged, giving back the old. */
    public void holdShape(int kind, MemoryBudget.Charge charge) {
        if (shapeCharges[kind] != null) shapeCharges[kind].release();
        shapeCharges[kind] = charge;
    }

    /**
     * Names one extension's state on windows, with the value a window starts with. Each extension makes its own
     * keys (a key is compared by identity), so two displays in one JVM never share state.
     */
    public static final class Key<T> {
        private final String name;
        private final java.util.function.Supplier<? extends T> initial;

        public Key(String name, java.util.function.Supplier<? extends T> initial) {
            this.name = name;
            this.initial = initial;
        }

        @Override public String toString() { return name; }
    }

    /** This window's state for {@code key}, made on first use. */
    public <T> T extensionState(Key<T> key) {
        T v = extensionStateIfPresent(key);
        if (v != null) return v;
        v = java.util.Objects.requireNonNull(key.initial.get(), key.name);
        int free = extensionState == null ? -1 : java.util.Arrays.asList(extensionState).indexOf(null);
        if (free < 0) {
            free = extensionState == null ? 0 : extensionState.length;
            extensionState = java.util.Arrays.copyOf(extensionState == null ? new Object[0] : extensionState, free + 2);
        }
        extensionState[free] = key;
        extensionState[free + 1] = v;
        return v;
    }

    /** This window's state for {@code key}, or null if it has none. */
    @SuppressWarnings("unchecked")
    public <T> T extensionStateIfPresent(Key<T> key) {
        if (extensionState == null) return null;
        for (int i = 0; i < extensionState.length; i += 2) if (extensionState[i] == key) return (T) extensionState[i + 1];
        return null;
    }

    /** Drops this window's state for {@code key}. */
    public void removeExtensionState(Key<?> key) {
        if (extensionState == null) return;
        for (int i = 0; i < extensionState.length; i += 2) {
            if (extensionState[i] == key) {
                extensionState[i] = null;
                extensionState[i + 1] = null;
            }
        }
    }

    /** The window is destroyed: its properties, tiles, shapes and extension state give their memory back. */
    @Override public void free(XServer server) {
        extensionState = null;
        if (backingCharge != null) backingCharge.release();
        backingCharge = null;
        if (backing != null) backing.release();
        backing = null;
        for (int k = 0; k < shapeCharges.length; k++) holdShape(k, null);
        for (Property p : properties.values()) p.release();
        properties.clear();
        setBackgroundPixmap(null, null);
        setBorderPixmap(null, null);
    }
    @Override public int depth() { return depth; }
    @Override public int width() { return width; }
    @Override public int height() { return height; }
    @Override public Pixels pixels() { return buffer; }
    @Override public int originX() { return absX - bufferX; }
    @Override public int originY() { return absY - bufferY; }

    /**
     * Where this window's pixels live: the screen, or the backing pixels of the redirected window it is in (Composite),
     * and the screen position of that buffer's 0,0. Set by {@link WindowTree#layout}.
     */
    public Pixels buffer;
    public int bufferX, bufferY;
    /** Composite: NONE, or how a client asked this window redirected (Xorg's cw->update). */
    public static final int REDIRECT_NONE = 0, REDIRECT_AUTOMATIC = 1, REDIRECT_MANUAL = 2;
    public int redirectWanted = REDIRECT_NONE;
    /** Composite: whether this window is drawn into its own {@link #backing} now (Xorg's redirectDraw), and how. */
    public int redirectDraw = REDIRECT_NONE;
    /** The redirected window's own pixels (border included), null when not redirected. */
    public Pixels backing;
    /**
     * The screen region a redirected window would show were it not redirected (Xorg's cw->borderClip): where
     * automatic redirection paints it; empty for manual redirection.
     */
    public Region redirectBorderClip = Region.EMPTY;
    /** What {@link #backing} was charged to the display's memory. */
    MemoryBudget.Charge backingCharge;
    /** Composite's overlay window: above its siblings whatever they do, and not listed by QueryTree. */
    public boolean keptOnTop;
    /** Composite: a compositing manager redirected this window's children manually (Xorg's inhibitBGPaint). */
    public boolean inhibitBackground;

    /** The visible inside region (or with inferiors, the inside of the border clip) in buffer coordinates. */
    public Region clipInBuffer(boolean includeInferiors) {
        Region r = includeInferiors ? borderClip.intersect(insideRegion()) : clipList;
        return bufferX == 0 && bufferY == 0 ? r : r.translate(-bufferX, -bufferY);
    }

    public boolean isRoot() { return parent == null; }
    public boolean isInputOnly() { return windowClass == INPUT_ONLY; }

    /** Union of all clients' event masks on this window. */
    public int allEventMasks() {
        int m = 0;
        for (int v : eventMasks.values()) m |= v;
        return m;
    }

    public boolean isAncestorOf(Window w) {
        for (Window p = w.parent; p != null; p = p.parent) if (p == this) return true;
        return false;
    }

    /** The outer (border) box in screen coordinates as a region, including the bounding shape. */
    public Region outerRegion() {
        int ox = absX - borderWidth, oy = absY - borderWidth;
        Region r = Region.of(ox, oy, width + 2 * borderWidth, height + 2 * borderWidth);
        if (boundingShape != null) r = r.intersect(boundingShape.translate(absX, absY));
        return r;
    }

    /** The inside box in screen coordinates, including the clip shape. */
    public Region insideRegion() {
        Region r = Region.of(absX, absY, width, height);
        if (clipShape != null) r = r.intersect(clipShape.translate(absX, absY));
        if (boundingShape != null) r = r.intersect(boundingShape.translate(absX, absY));
        return r;
    }

    @Override public String toString() { return "Window 0x" + Integer.toHexString(id); }
}
