package org.sumac.x11.render;

/**
 * One protocol ARC with the wire types applied: x, y and the angles are INT16, width and height
 * CARD16. Every rasterizer reads arcs through this so that out-of-range ints behave exactly as
 * the 16-bit fields of the request would.
 */
record ArcSpec(int x, int y, int width, int height, int angle1, int angle2) {

    static ArcSpec of(int x, int y, int width, int height, int angle1, int angle2) {
        return new ArcSpec((short) x, (short) y, width & 0xFFFF, height & 0xFFFF, (short) angle1, (short) angle2);
    }

    /** Reads arc {@code index} from x,y,w,h,angle1,angle2 sextuples. */
    static ArcSpec at(int[] arcs, int index) {
        int o = index * 6;
        return of(arcs[o], arcs[o + 1], arcs[o + 2], arcs[o + 3], arcs[o + 4], arcs[o + 5]);
    }

    ArcSpec withAngles(int a1, int a2) {
        return of(x, y, width, height, a1, a2);
    }
}
