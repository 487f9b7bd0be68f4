/* Oracle area: thin dashed arcs: OnOffDash and DoubleDash, even and odd dash lists, dash offsets, full ellipses
 * and partial arcs with positive and negative extents, under GXcopy and GXxor. */
#include "oracle.h"

int main(void) {
    oracle_open(0x000040);
    GC gc = make_gc(win, 0xffff00, 0xff0000);
    char even[] = {4, 4};
    char odd[] = {1, 2, 3};
    char four[] = {10, 3, 1, 3};
    struct { char *list; int n; int offset; } dashes[] = {{even, 2, 0}, {odd, 3, 0}, {odd, 3, 4}, {four, 4, 1},
                                                         {four, 4, 0}};
    int styles[] = {LineOnOffDash, LineDoubleDash};
    int c = 0;
    for (int st = 0; st < 2; st++) {
        for (int k = 0; k < 5; k++) {
            XSetLineAttributes(dpy, gc, 0, styles[st], CapButt, JoinMiter);
            XSetDashes(dpy, gc, dashes[k].offset, dashes[k].list, dashes[k].n);
            XDrawArc(dpy, win, gc, cell_x(c) + 4, cell_y(c) + 4, 50, 28, 0, 360 * 64);
            XDrawArc(dpy, win, gc, cell_x(c) + 14, cell_y(c) + 36, 24, 24, 0, 360 * 64);
            c++;
        }
    }
    /* partial arcs */
    int angles[][2] = {{45, 270}, {-30, -200}, {90, 90}, {10, 350}, {200, -100}};
    for (int k = 0; k < 5; k++) {
        XSetLineAttributes(dpy, gc, 0, styles[k % 2], CapButt, JoinMiter);
        XSetDashes(dpy, gc, dashes[k].offset, dashes[k].list, dashes[k].n);
        XDrawArc(dpy, win, gc, cell_x(c) + 2, cell_y(c) + 2, 58, 40, angles[k][0] * 64, angles[k][1] * 64);
        c++;
    }
    /* xor double dash, three arcs in one request each */
    XSetFunction(dpy, gc, GXxor);
    XSetLineAttributes(dpy, gc, 0, LineDoubleDash, CapRound, JoinRound);
    XSetDashes(dpy, gc, 0, even, 2);
    for (int i = 0; i < 3; i++)
        XDrawArc(dpy, win, gc, cell_x(c) + i * 6, cell_y(c) + i * 6, 60 - i * 12, 60 - i * 12, i * 1000, 20000);
    oracle_done();
    return 0;
}
