package org.sumac.x11.render;

import org.sumac.x11.geom.Region;

/**
 * The state of an X graphics context (GC). Fields are public and mutable because the request
 * handlers set them one component at a time (CreateGC/ChangeGC/CopyGC) and the rasterizers read
 * them on hot paths. Values use the protocol's numbering.
 */
public final class GraphicsContext {
    // function
    public static final int GX_CLEAR = 0, GX_AND = 1, GX_AND_REVERSE = 2, GX_COPY = 3, GX_AND_INVERTED = 4,
        GX_NOOP = 5, GX_XOR = 6, GX_OR = 7, GX_NOR = 8, GX_EQUIV = 9, GX_INVERT = 10, GX_OR_REVERSE = 11,
        GX_COPY_INVERTED = 12, GX_OR_INVERTED = 13, GX_NAND = 14, GX_SET = 15;
    // line-style
    public static final int LINE_SOLID = 0, LINE_ON_OFF_DASH = 1, LINE_DOUBLE_DASH = 2;
    // cap-style
    public static final int CAP_NOT_LAST = 0, CAP_BUTT = 1, CAP_ROUND = 2, CAP_PROJECTING = 3;
    // join-style
    public static final int JOIN_MITER = 0, JOIN_ROUND = 1, JOIN_BEVEL = 2;
    // fill-style
    public static final int FILL_SOLID = 0, FILL_TILED = 1, FILL_STIPPLED = 2, FILL_OPAQUE_STIPPLED = 3;
    // fill-rule
    public static final int RULE_EVEN_ODD = 0, RULE_WINDING = 1;
    // subwindow-mode
    public static final int CLIP_BY_CHILDREN = 0, INCLUDE_INFERIORS = 1;
    // arc-mode
    public static final int ARC_CHORD = 0, ARC_PIE_SLICE = 1;

    /** Depth of the drawables this GC may be used with. */
    public final int depth;

    public int function = GX_COPY;
    public int planeMask = -1;
    public int foreground = 0;
    public int background = 1;
    public int lineWidth = 0;
    public int lineStyle = LINE_SOLID;
    public int capStyle = CAP_BUTT;
    public int joinStyle = JOIN_MITER;
    public int fillStyle = FILL_SOLID;
    public int fillRule = RULE_EVEN_ODD;
    /** Tile pixmap's pixels (depth of the GC); null means "not yet set" (the server supplies a default). */
    public Pixels tile;
    /** Stipple pixmap's pixels (depth 1). */
    public Pixels stipple;
    public int tsXOrigin, tsYOrigin;
    /** Core font used by PolyText/ImageText; an object of the font package. */
    public Object font;
    public int subwindowMode = CLIP_BY_CHILDREN;
    public boolean graphicsExposures = true;
    public int clipXOrigin, clipYOrigin;
    /** Client clip in GC coordinates (before the clip origin), or null for none. */
    public Region clip;
    public int dashOffset = 0;
    /** Dash list: lengths of alternating on/off runs, each 1..255. Default is [4, 4]. */
    public int[] dashes = {4, 4};
    public int arcMode = ARC_PIE_SLICE;

    public GraphicsContext(int depth) {
        this.depth = depth;
    }

    public void copyFrom(GraphicsContext o, int mask) {
        if ((mask & 1) != 0) function = o.function;
        if ((mask & 2) != 0) planeMask = o.planeMask;
        if ((mask & 4) != 0) foreground = o.foreground;
        if ((mask & 8) != 0) background = o.background;
        if ((mask & 0x10) != 0) lineWidth = o.lineWidth;
        if ((mask & 0x20) != 0) lineStyle = o.lineStyle;
        if ((mask & 0x40) != 0) capStyle = o.capStyle;
        if ((mask & 0x80) != 0) joinStyle = o.joinStyle;
        if ((mask & 0x100) != 0) fillStyle = o.fillStyle;
        if ((mask & 0x200) != 0) fillRule = o.fillRule;
        // the GC holds its tile and stipple as Xorg holds the pixmaps: they stay while it does
        if ((mask & 0x400) != 0 && tile != o.tile) { if (tile != null) tile.release(); tile = o.tile == null ? null : o.tile.retain(); }
        if ((mask & 0x800) != 0 && stipple != o.stipple) {
            if (stipple != null) stipple.release();
            stipple = o.stipple == null ? null : o.stipple.retain();
        }
        if ((mask & 0x1000) != 0) tsXOrigin = o.tsXOrigin;
        if ((mask & 0x2000) != 0) tsYOrigin = o.tsYOrigin;
        if ((mask & 0x4000) != 0) font = o.font;
        if ((mask & 0x8000) != 0) subwindowMode = o.subwindowMode;
        if ((mask & 0x10000) != 0) graphicsExposures = o.graphicsExposures;
        if ((mask & 0x20000) != 0) clipXOrigin = o.clipXOrigin;
        if ((mask & 0x40000) != 0) clipYOrigin = o.clipYOrigin;
        if ((mask & 0x80000) != 0) clip = o.clip;
        if ((mask & 0x100000) != 0) dashOffset = o.dashOffset;
        if ((mask & 0x200000) != 0) dashes = o.dashes.clone();
        if ((mask & 0x400000) != 0) arcMode = o.arcMode;
    }
}
