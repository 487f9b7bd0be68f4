/* Oracle area: FillPoly (convex, nonconvex, complex; fill rules EvenOdd and Winding; coordinate modes) and PolyFillRectangle. */
#include "oracle.h"

static void shift(XPoint *p, int n, int c) {
    for (int i = 0; i < n; i++) { p[i].x += cell_x(c); p[i].y += cell_y(c); }
}

int main(void) {
    oracle_open(0x102030);
    GC gc = make_gc(win, 0xffffff, 0);
    int c = 0;
    int shapes[] = {Convex, Nonconvex, Complex};
    /* the same convex polygons with each shape hint: pixels must not depend on the hint */
    for (int s = 0; s < 3; s++) {
        XPoint tri[] = {{5, 5}, {58, 20}, {20, 58}};
        shift(tri, 3, c);
        XSetForeground(dpy, gc, 0xff0000 >> (8 * s));
        XFillPolygon(dpy, win, gc, tri, 3, shapes[s], CoordModeOrigin);
        c++;
        XPoint quad[] = {{30, 2}, {60, 30}, {30, 60}, {2, 30}};
        shift(quad, 4, c);
        XFillPolygon(dpy, win, gc, quad, 4, shapes[s], CoordModeOrigin);
        c++;
        XPoint thin[] = {{2, 2}, {60, 3}, {59, 4}};
        shift(thin, 3, c);
        XFillPolygon(dpy, win, gc, thin, 3, shapes[s], CoordModeOrigin);
        XPoint rect[] = {{10, 10}, {40, 10}, {40, 40}, {10, 40}};
        shift(rect, 4, c);
        XFillPolygon(dpy, win, gc, rect, 4, shapes[s], CoordModeOrigin);
        c++;
    }
    /* self-intersecting star and overlapping loops with both fill rules */
    int rules[] = {EvenOddRule, WindingRule};
    for (int r = 0; r < 2; r++) {
        XSetFillRule(dpy, gc, rules[r]);
        XSetForeground(dpy, gc, r ? 0x00ffff : 0xffff00);
        XPoint star[] = {{30, 1}, {48, 58}, {1, 22}, {59, 22}, {12, 58}};
        shift(star, 5, c);
        XFillPolygon(dpy, win, gc, star, 5, Complex, CoordModeOrigin);
        c++;
        XPoint loops[] = {{2, 2}, {58, 2}, {58, 40}, {20, 40}, {20, 20}, {40, 20}, {40, 58}, {2, 58}};
        shift(loops, 8, c);
        XFillPolygon(dpy, win, gc, loops, 8, Complex, CoordModeOrigin);
        c++;
        XPoint spiral[] = {{2, 2}, {60, 2}, {60, 60}, {10, 60}, {10, 10}, {50, 10}, {50, 50}, {20, 50}, {20, 20},
                           {40, 20}, {40, 40}, {2, 40}};
        shift(spiral, 12, c);
        XFillPolygon(dpy, win, gc, spiral, 12, Complex, CoordModeOrigin);
        c++;
    }
    XSetFillRule(dpy, gc, EvenOddRule);
    /* relative coordinates, nonconvex concave shape */
    XPoint rel[] = {{5, 5}, {50, 0}, {-20, 20}, {25, 30}, {-55, 0}, {20, -25}};
    rel[0].x += cell_x(c); rel[0].y += cell_y(c);
    XSetForeground(dpy, gc, 0xff80ff);
    XFillPolygon(dpy, win, gc, rel, 6, Nonconvex, CoordModePrevious);
    c++;
    /* adjacent polygons share an edge: no pixel twice (xor shows overlaps) and no gap */
    XSetFunction(dpy, gc, GXxor);
    XSetForeground(dpy, gc, 0xffffff);
    XPoint a[] = {{2, 2}, {58, 12}, {30, 58}};
    XPoint b[] = {{58, 12}, {60, 60}, {30, 58}};
    XPoint d[] = {{2, 2}, {30, 58}, {2, 60}};
    shift(a, 3, c); shift(b, 3, c); shift(d, 3, c);
    XFillPolygon(dpy, win, gc, a, 3, Convex, CoordModeOrigin);
    XFillPolygon(dpy, win, gc, b, 3, Convex, CoordModeOrigin);
    XFillPolygon(dpy, win, gc, d, 3, Convex, CoordModeOrigin);
    c++;
    /* fractional-looking slopes and a polygon larger than the window */
    XPoint big[] = {{-100, 300}, {700, 250}, {320, 900}};
    XSetForeground(dpy, gc, 0x303030);
    XFillPolygon(dpy, win, gc, big, 3, Convex, CoordModeOrigin);
    XSetFunction(dpy, gc, GXcopy);
    /* PolyFillRectangle: many, overlapping, edge sizes */
    XRectangle rs[] = {{0, 0, 1, 1}, {2, 0, 2, 2}, {5, 0, 60, 3}, {0, 5, 3, 55}, {10, 10, 20, 20}, {20, 20, 30, 30},
                       {60, 60, 2, 2}};
    for (int i = 0; i < 7; i++) { rs[i].x += cell_x(c); rs[i].y += cell_y(c); }
    XSetForeground(dpy, gc, 0x80ff80);
    XFillRectangles(dpy, win, gc, rs, 7);
    c++;
    XSetFunction(dpy, gc, GXxor);
    for (int i = 0; i < 7; i++) rs[i].x += CELL;
    XFillRectangles(dpy, win, gc, rs, 7);
    XSetFunction(dpy, gc, GXcopy);
    c++;
    XSetForeground(dpy, gc, 0xc08040);
    XFillRectangle(dpy, win, gc, screen_w - 20, screen_h - 20, 100, 100);
    XFillRectangle(dpy, win, gc, -20, screen_h - 10, 60, 60);
    oracle_done();
    return 0;
}
