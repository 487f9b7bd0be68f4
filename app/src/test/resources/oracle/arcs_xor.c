/* Oracle area: several overlapping arcs in one PolyArc / PolyFillArc request under GXxor, thin and wide: whether
 * pixels shared by arcs of the same request are drawn once or once per arc. */
#include "oracle.h"

int main(void) {
    oracle_open(0x000000);
    GC gc = make_gc(win, 0xffffff, 0);
    XSetFunction(dpy, gc, GXxor);
    XArc many[6];
    int widths[] = {0, 1, 5, 0, 3, 12};
    for (int w = 0; w < 6; w++) {
        int c = w * 2 + (w >= 3 ? 4 : 0);
        for (int i = 0; i < 6; i++) {
            many[i].x = cell_x(c) + i * 4; many[i].y = cell_y(c) + i * 3;
            many[i].width = 40 + (w >= 3 ? 30 : 0); many[i].height = 30 + (w >= 3 ? 20 : 0);
            many[i].angle1 = i * 30 * 64; many[i].angle2 = (w >= 3 ? 200 : 300) * 64;
        }
        XSetLineAttributes(dpy, gc, widths[w], LineSolid, CapButt, JoinRound);
        XDrawArcs(dpy, win, gc, many, 6);
    }
    /* two arcs in one request, the second starting where the first ends (a joined path) */
    XSetLineAttributes(dpy, gc, 6, LineSolid, CapButt, JoinMiter);
    XArc joined[2] = {{(short) cell_x(30), (short) cell_y(30), 60, 60, 0, 180 * 64},
                      {(short) (cell_x(30) + 60), (short) cell_y(30), 60, 60, 180 * 64, 180 * 64}};
    XDrawArcs(dpy, win, gc, joined, 2);
    /* overlapping filled arcs in one request */
    XArc fills[4] = {{0, 0, 60, 60, 0, 360 * 64}, {10, 10, 40, 40, 0, 360 * 64}, {20, 0, 21, 60, 90 * 64, 180 * 64},
                     {0, 20, 60, 21, 0, 180 * 64}};
    for (int i = 0; i < 4; i++) { fills[i].x += cell_x(33); fills[i].y += cell_y(33); }
    XFillArcs(dpy, win, gc, fills, 4);
    oracle_done();
    return 0;
}
