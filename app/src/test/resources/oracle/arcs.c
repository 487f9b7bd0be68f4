/* Oracle area: PolyArc (thin and wide) and PolyFillArc with arc modes PieSlice and Chord (several overlapping
 * arcs in one request under GXxor are in arcs_xor.c, dashed arcs in dashed_arcs.c). */
#include "oracle.h"

int main(void) {
    oracle_open(0x000000);
    GC gc = make_gc(win, 0xffffff, 0);
    int c = 0;
    /* thin circles and ellipses of many sizes, including degenerate ones */
    int sizes[][2] = {{0, 0}, {1, 1}, {2, 2}, {3, 3}, {4, 7}, {10, 10}, {11, 11}, {20, 9}, {9, 20}, {57, 57},
                      {58, 31}, {31, 58}, {0, 20}, {20, 0}, {40, 41}};
    for (int i = 0; i < 15; i++) {
        XSetForeground(dpy, gc, 0x400000 * (i % 4) + 0x3f00 * (i % 5) + 0x80);
        XDrawArc(dpy, win, gc, cell_x(c) + 2, cell_y(c) + 2, sizes[i][0], sizes[i][1], 0, 360 * 64);
        if (i % 2) c++;
    }
    c++;
    /* partial arcs: positive and negative extents, start angles in every quadrant, extents over 360 */
    int angles[][2] = {{0, 90}, {45, 90}, {90, 180}, {200, 100}, {-30, 60}, {10, -120}, {300, 400}, {0, -360},
                       {17, 3}, {359, 2}, {123, 234}, {-270, -45}};
    XSetForeground(dpy, gc, 0x00ff80);
    for (int i = 0; i < 12; i++) {
        XDrawArc(dpy, win, gc, cell_x(c) + 4, cell_y(c) + 4, 50, 36, angles[i][0] * 64 + 7, angles[i][1] * 64);
        if (i % 2) c++;
    }
    /* wide arcs */
    int widths[] = {1, 2, 4, 7, 12};
    for (int w = 0; w < 5; w++) {
        XSetLineAttributes(dpy, gc, widths[w], LineSolid, w % 2 ? CapRound : CapButt, JoinMiter);
        XSetForeground(dpy, gc, 0xffa000);
        XDrawArc(dpy, win, gc, cell_x(c) + 8, cell_y(c) + 8, 46, 46, 0, 360 * 64);
        XSetForeground(dpy, gc, 0xa0ffff);
        XDrawArc(dpy, win, gc, cell_x(c) + 14, cell_y(c) + 20, 30, 18, 30 * 64, 250 * 64);
        c++;
    }
    XSetLineAttributes(dpy, gc, 0, LineSolid, CapButt, JoinMiter);
    /* filled arcs, both arc modes */
    int modes[] = {ArcPieSlice, ArcChord};
    for (int m = 0; m < 2; m++) {
        XSetArcMode(dpy, gc, modes[m]);
        for (int i = 0; i < 8; i++) {
            XSetForeground(dpy, gc, m ? 0x6060ff : 0xff6060);
            XFillArc(dpy, win, gc, cell_x(c) + 3, cell_y(c) + 3, 20 + i * 5, 56 - i * 4, angles[i][0] * 64,
                     angles[i][1] * 64);
            c++;
        }
    }
    /* full filled circles and ellipses of small sizes (the exact edge rule) */
    XSetForeground(dpy, gc, 0xffffff);
    for (int i = 1; i <= 12; i++)
        XFillArc(dpy, win, gc, cell_x(c) + (i - 1) * 5, cell_y(c) + (i % 3) * 18, i, i + (i % 4), 0, 360 * 64);
    c++;
    XArc fills[4] = {{0, 0, 60, 60, 0, 360 * 64}, {10, 10, 40, 40, 0, 360 * 64}, {20, 0, 21, 60, 90 * 64, 180 * 64},
                     {0, 20, 60, 21, 0, 180 * 64}};
    for (int i = 0; i < 4; i++) { fills[i].x += cell_x(c); fills[i].y += cell_y(c); }
    XSetFunction(dpy, gc, GXxor);
    XFillArcs(dpy, win, gc, fills, 4);
    XSetFunction(dpy, gc, GXcopy);
    oracle_done();
    return 0;
}
