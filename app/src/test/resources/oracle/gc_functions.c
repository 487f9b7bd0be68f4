/* Oracle area: all 16 GC functions and plane masks, on fills, thin lines, points, text, arcs and CopyArea
 * (wide lines under each function are in wide_line_modes.c). */
#include "oracle.h"

/* Paints a cell with vertical stripes of four colours as the destination the function combines with. */
static void stripes(GC gc, int c) {
    unsigned long colors[] = {0x000000, 0xff00ff, 0x3c5a96, 0xffffff};
    XSetFunction(dpy, gc, GXcopy);
    XSetPlaneMask(dpy, gc, AllPlanes);
    for (int i = 0; i < 4; i++) {
        XSetForeground(dpy, gc, colors[i]);
        XFillRectangle(dpy, win, gc, cell_x(c) + i * 15, cell_y(c), 15, 60);
    }
}

int main(void) {
    oracle_open(0x000000);
    GC gc = make_gc(win, 0xffffff, 0);
    Font font = XLoadFont(dpy, "fixed");
    XSetFont(dpy, gc, font);
    int c = 0;
    for (int f = 0; f < 16; f++) {
        stripes(gc, c);
        XSetFunction(dpy, gc, f);
        XSetForeground(dpy, gc, 0x5aa5c3);
        XFillRectangle(dpy, win, gc, cell_x(c) + 5, cell_y(c) + 5, 50, 15);
        XDrawLine(dpy, win, gc, cell_x(c), cell_y(c) + 25, cell_x(c) + 59, cell_y(c) + 30);
        XDrawRectangle(dpy, win, gc, cell_x(c) + 2, cell_y(c) + 33, 55, 4);
        XDrawPoint(dpy, win, gc, cell_x(c) + 7, cell_y(c) + 42);
        XDrawString(dpy, win, gc, cell_x(c) + 2, cell_y(c) + 56, "Fn", 2);
        XFillArc(dpy, win, gc, cell_x(c) + 30, cell_y(c) + 40, 18, 18, 0, 360 * 64);
        c++;
    }
    /* plane masks with several functions */
    unsigned long masks[] = {0x0000ff, 0xf0f0f0, 0x00ff00, 0x123456, 0xffffff, 0x000000};
    int funcs[] = {GXcopy, GXxor, GXinvert, GXset, GXclear, GXor};
    for (int m = 0; m < 6; m++) {
        for (int f = 0; f < 6; f += 2) {
            stripes(gc, c);
            XSetPlaneMask(dpy, gc, masks[m]);
            XSetFunction(dpy, gc, funcs[f]);
            XSetForeground(dpy, gc, 0xa5c35a);
            XFillRectangle(dpy, win, gc, cell_x(c) + 5, cell_y(c) + 5, 50, 25);
            XSetFunction(dpy, gc, funcs[f + 1]);
            XFillRectangle(dpy, win, gc, cell_x(c) + 5, cell_y(c) + 32, 50, 25);
            c++;
        }
    }
    XSetPlaneMask(dpy, gc, AllPlanes);
    /* CopyArea under every function, from a pixmap */
    Pixmap src = XCreatePixmap(dpy, win, 60, 60, 24);
    GC pgc = make_gc(src, 0, 0);
    for (int i = 0; i < 6; i++) {
        XSetForeground(dpy, pgc, 0x2a00ff ^ (i * 0x331177));
        XFillRectangle(dpy, src, pgc, 0, i * 10, 60, 10);
    }
    for (int f = 0; f < 16; f++) {
        stripes(gc, c);
        XSetFunction(dpy, gc, f);
        XSetPlaneMask(dpy, gc, f % 3 ? AllPlanes : 0xff0fff);
        XCopyArea(dpy, src, win, gc, 0, 0, 40, 60, cell_x(c) + 10, cell_y(c));
        c++;
        if (c >= 69) break;
    }
    oracle_done();
    return 0;
}
