/* Oracle area: wide lines (width 1 and up): cap styles, join styles, wide rectangles/segments, xor self-overlap. */
#include "oracle.h"

int main(void) {
    oracle_open(0x202020);
    GC gc = make_gc(win, 0xffffff, 0);
    int c = 0;
    int widths[] = {1, 2, 3, 4, 5, 7, 10, 15};
    int caps[] = {CapNotLast, CapButt, CapRound, CapProjecting};
    unsigned long colors[] = {0xff0000, 0x00ff00, 0x0000ff, 0xffff00};
    for (int w = 0; w < 8; w++) {
        for (int k = 0; k < 4; k++) {
            XSetLineAttributes(dpy, gc, widths[w], LineSolid, caps[k], JoinMiter);
            XSetForeground(dpy, gc, colors[k]);
            int x = cell_x(c), y = cell_y(c);
            XDrawLine(dpy, win, gc, x + 8 + k * 14, y + 6, x + 12 + k * 14, y + 30);
            XDrawLine(dpy, win, gc, x + 6, y + 36 + k * 6, x + 56, y + 40 + k * 5);
        }
        c++;
    }
    /* a single point drawn as a wide line with each cap */
    for (int k = 0; k < 4; k++) {
        XSetLineAttributes(dpy, gc, 9, LineSolid, caps[k], JoinMiter);
        XSetForeground(dpy, gc, colors[k]);
        XDrawLine(dpy, win, gc, cell_x(c) + 10 + k * 14, cell_y(c) + 20, cell_x(c) + 10 + k * 14, cell_y(c) + 20);
    }
    c++;
    /* joins, sharp and shallow angles; miter falls back to bevel below 11 degrees */
    int joins[] = {JoinMiter, JoinRound, JoinBevel};
    for (int j = 0; j < 3; j++) {
        for (int w = 0; w < 2; w++) {
            XSetLineAttributes(dpy, gc, w ? 9 : 4, LineSolid, CapButt, joins[j]);
            XSetForeground(dpy, gc, colors[j]);
            int x = cell_x(c), y = cell_y(c);
            XPoint p[] = {{x + 6, y + 50}, {x + 20, y + 10}, {x + 34, y + 50}, {x + 58, y + 46}, {x + 10, y + 40}};
            XDrawLines(dpy, win, gc, p, 5, CoordModeOrigin);
            c++;
        }
    }
    /* closed wide polyline joins at the start point */
    XSetLineAttributes(dpy, gc, 6, LineSolid, CapRound, JoinMiter);
    XSetForeground(dpy, gc, 0x00ffff);
    XPoint tri[] = {{10, 10}, {55, 20}, {20, 55}, {10, 10}};
    for (int i = 0; i < 4; i++) { tri[i].x += cell_x(c); tri[i].y += cell_y(c); }
    XDrawLines(dpy, win, gc, tri, 4, CoordModeOrigin);
    c++;
    /* wide rectangles (miter corners) and segments */
    XSetLineAttributes(dpy, gc, 5, LineSolid, CapButt, JoinRound);
    XSetForeground(dpy, gc, 0xff00ff);
    XRectangle r[] = {{8, 8, 40, 30}, {20, 44, 30, 10}};
    for (int i = 0; i < 2; i++) { r[i].x += cell_x(c); r[i].y += cell_y(c); }
    XDrawRectangles(dpy, win, gc, r, 2);
    c++;
    XSetLineAttributes(dpy, gc, 3, LineSolid, CapProjecting, JoinMiter);
    XSegment s[8];
    for (int i = 0; i < 8; i++) {
        s[i].x1 = cell_x(c) + 5 + i * 7; s[i].y1 = cell_y(c) + 5;
        s[i].x2 = cell_x(c) + 55 - i * 3; s[i].y2 = cell_y(c) + 55 - i * 2;
    }
    XDrawSegments(dpy, win, gc, s, 8);
    c++;
    /* wide xor polyline crossing itself: overlaps are drawn once per request */
    XSetFunction(dpy, gc, GXxor);
    XSetForeground(dpy, gc, 0xffffff);
    for (int w = 1; w <= 8; w *= 2) {
        XSetLineAttributes(dpy, gc, w + 1, LineSolid, CapRound, JoinRound);
        int x = cell_x(c), y = cell_y(c);
        XPoint p[] = {{x + 5, y + 5}, {x + 55, y + 55}, {x + 55, y + 5}, {x + 5, y + 55}, {x + 30, y + 2}};
        XDrawLines(dpy, win, gc, p, 5, CoordModeOrigin);
        c++;
    }
    XSetFunction(dpy, gc, GXcopy);
    /* odd angles and large widths */
    XSetLineAttributes(dpy, gc, 21, LineSolid, CapRound, JoinRound);
    XSetForeground(dpy, gc, 0x808000);
    XDrawLine(dpy, win, gc, cell_x(c) + 12, cell_y(c) + 15, cell_x(c) + 3 * CELL - 20, cell_y(c) + 40);
    XSetLineAttributes(dpy, gc, 13, LineSolid, CapProjecting, JoinMiter);
    XSetForeground(dpy, gc, 0x0080ff);
    XDrawLine(dpy, win, gc, cell_x(c) + 30, cell_y(c) + 50, cell_x(c) + 150, cell_y(c) + 10);
    c += 3;
    /* wide line running off the window */
    XSetLineAttributes(dpy, gc, 11, LineSolid, CapButt, JoinMiter);
    XSetForeground(dpy, gc, 0xc0c0c0);
    XDrawLine(dpy, win, gc, -50, screen_h - 30, screen_w + 50, screen_h + 20);
    oracle_done();
    return 0;
}
