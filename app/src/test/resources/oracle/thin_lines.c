/* Oracle area: PolyPoint, thin (width 0) PolyLine, PolySegment, PolyRectangle; cap styles, xor joints, clipping at window edges. */
#include "oracle.h"

int main(void) {
    oracle_open(0x000000);
    GC gc = make_gc(win, 0xffffff, 0);
    int c = 0;

    /* PolyPoint, both coordinate modes */
    XPoint pts[40];
    for (int i = 0; i < 40; i++) { pts[i].x = cell_x(c) + (i * 7) % 60; pts[i].y = cell_y(c) + (i * 13) % 60; }
    XSetForeground(dpy, gc, 0xff0000);
    XDrawPoints(dpy, win, gc, pts, 40, CoordModeOrigin);
    c++;
    XPoint rel[20];
    rel[0].x = cell_x(c) + 2; rel[0].y = cell_y(c) + 2;
    for (int i = 1; i < 20; i++) { rel[i].x = (i % 3) + 1; rel[i].y = (i % 4) + 1; }
    XSetForeground(dpy, gc, 0x00ff00);
    XDrawPoints(dpy, win, gc, rel, 20, CoordModePrevious);
    c++;

    /* stars of thin lines: every octant and the slopes where Bresenham's tie-breaking (bias) decides */
    int dirs[][2] = {{30, 0}, {30, 15}, {30, 30}, {15, 30}, {0, 30}, {-15, 30}, {-30, 30}, {-30, 15},
                     {-30, 0}, {-30, -15}, {-30, -30}, {-15, -30}, {0, -30}, {15, -30}, {30, -30}, {30, -15},
                     {29, 10}, {10, 29}, {-29, 11}, {-11, 29}, {-29, -10}, {-10, -29}, {29, -11}, {11, -29},
                     {28, 3}, {3, 28}, {-28, 5}, {-5, -28}, {27, 9}, {-27, -9}, {9, -27}, {-9, 27}};
    for (int s = 0; s < 2; s++) {
        int cx = cell_x(c) + 31, cy = cell_y(c) + 31;
        XSetForeground(dpy, gc, s ? 0xffff00 : 0x00ffff);
        for (int i = s * 16; i < s * 16 + 16; i++)
            XDrawLine(dpy, win, gc, cx, cy, cx + dirs[i][0], cy + dirs[i][1]);
        c++;
    }
    /* long lines with awkward slopes */
    XSetForeground(dpy, gc, 0xff8040);
    for (int i = 0; i < 12; i++)
        XDrawLine(dpy, win, gc, cell_x(c), cell_y(c) + i * 5, cell_x(c) + 3 * CELL - 1, cell_y(c) + 60 - i * 3);
    c += 3;
    /* zero-length line and single-point polyline */
    XSetForeground(dpy, gc, 0xffffff);
    XDrawLine(dpy, win, gc, cell_x(c) + 5, cell_y(c) + 5, cell_x(c) + 5, cell_y(c) + 5);
    XPoint one[1] = {{(short) (cell_x(c) + 10), (short) (cell_y(c) + 10)}};
    XDrawLines(dpy, win, gc, one, 1, CoordModeOrigin);

    /* cap styles on thin lines: NotLast leaves out the end point */
    int caps[] = {CapNotLast, CapButt, CapRound, CapProjecting};
    for (int k = 0; k < 4; k++) {
        XSetLineAttributes(dpy, gc, 0, LineSolid, caps[k], JoinMiter);
        XDrawLine(dpy, win, gc, cell_x(c) + 20 + k * 8, cell_y(c) + 5, cell_x(c) + 20 + k * 8, cell_y(c) + 40);
        XDrawLine(dpy, win, gc, cell_x(c) + 20, cell_y(c) + 45 + k * 4, cell_x(c) + 55, cell_y(c) + 50 + k * 4);
    }
    XSetLineAttributes(dpy, gc, 0, LineSolid, CapButt, JoinMiter);
    c++;

    /* PolyLine joints under GXxor: each joint pixel must be drawn once; closed and open paths */
    XSetFunction(dpy, gc, GXxor);
    XSetForeground(dpy, gc, 0xffffff);
    XPoint zig[] = {{0, 0}, {50, 10}, {10, 30}, {55, 55}, {0, 55}, {0, 0}};
    for (int i = 0; i < 6; i++) { zig[i].x += cell_x(c) + 4; zig[i].y += cell_y(c) + 4; }
    XDrawLines(dpy, win, gc, zig, 6, CoordModeOrigin);
    c++;
    XPoint open[] = {{0, 0}, {50, 10}, {10, 30}, {55, 55}, {0, 55}, {30, 5}};
    for (int i = 0; i < 6; i++) { open[i].x += cell_x(c) + 4; open[i].y += cell_y(c) + 4; }
    XDrawLines(dpy, win, gc, open, 6, CoordModeOrigin);
    XSetLineAttributes(dpy, gc, 0, LineSolid, CapNotLast, JoinMiter);
    for (int i = 0; i < 6; i++) open[i].y += 2;
    XDrawLines(dpy, win, gc, open, 6, CoordModeOrigin);
    XSetLineAttributes(dpy, gc, 0, LineSolid, CapButt, JoinMiter);
    c++;
    XPoint prev[] = {{0, 0}, {20, 5}, {-5, 20}, {30, 10}, {-10, -30}};
    prev[0].x = cell_x(c) + 10; prev[0].y = cell_y(c) + 30;
    XDrawLines(dpy, win, gc, prev, 5, CoordModePrevious);
    XSetFunction(dpy, gc, GXcopy);
    c++;

    /* PolySegment: independent segments, overlapping under xor */
    XSegment segs[10];
    for (int i = 0; i < 10; i++) {
        segs[i].x1 = cell_x(c) + i * 6; segs[i].y1 = cell_y(c);
        segs[i].x2 = cell_x(c) + 60 - i * 5; segs[i].y2 = cell_y(c) + 60;
    }
    XSetForeground(dpy, gc, 0x8080ff);
    XSetFunction(dpy, gc, GXxor);
    XDrawSegments(dpy, win, gc, segs, 10);
    XSetFunction(dpy, gc, GXcopy);
    c++;

    /* PolyRectangle including zero-sized and nested ones */
    XRectangle rects[] = {{0, 0, 60, 60}, {5, 5, 10, 20}, {20, 20, 0, 0}, {30, 10, 1, 1}, {30, 30, 25, 0},
                          {40, 40, 0, 15}};
    for (int i = 0; i < 6; i++) { rects[i].x += cell_x(c); rects[i].y += cell_y(c); }
    XSetForeground(dpy, gc, 0x40ff40);
    XDrawRectangles(dpy, win, gc, rects, 6);
    c++;

    /* lines clipped by the window edges: pixels inside must be those of the unclipped line */
    XSetForeground(dpy, gc, 0xff40ff);
    XDrawLine(dpy, win, gc, -100, -37, 200, 500);
    XDrawLine(dpy, win, gc, screen_w - 30, -50, screen_w + 70, 300);
    XDrawLine(dpy, win, gc, -3000, 10, 3000, 479);
    XDrawLine(dpy, win, gc, 10, screen_h + 100, 300, screen_h - 40);
    XDrawLine(dpy, win, gc, -32000, -32000, 32000, 32000);
    XSegment far[] = {{-20000, 100, 20000, 120}, {100, -20000, 130, 20000}};
    XDrawSegments(dpy, win, gc, far, 2);
    oracle_done();
    return 0;
}
