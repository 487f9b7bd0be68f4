/* Oracle area: wide lines combined with the other GC modes: all 16 functions and a plane mask, fill styles
 * (tiled, stippled, opaque stippled, with origins), clip rectangles and clip masks, IncludeInferiors. */
#include "oracle.h"

static void stripes(GC gc, int c) {
    unsigned long colors[] = {0x000000, 0xff00ff, 0x3c5a96, 0xffffff};
    for (int i = 0; i < 4; i++) {
        XSetForeground(dpy, gc, colors[i]);
        XFillRectangle(dpy, win, gc, cell_x(c) + i * 15, cell_y(c), 15, 60);
    }
}

static void wide_figure(GC gc, int c) {
    int x = cell_x(c), y = cell_y(c);
    XSetLineAttributes(dpy, gc, 4, LineSolid, CapButt, JoinMiter);
    XDrawLine(dpy, win, gc, x, y + 8, x + 59, y + 14);
    XSetLineAttributes(dpy, gc, 7, LineSolid, CapRound, JoinRound);
    XPoint p[] = {{x + 6, y + 50}, {x + 20, y + 24}, {x + 34, y + 50}, {x + 54, y + 28}};
    XDrawLines(dpy, win, gc, p, 4, CoordModeOrigin);
    XSetLineAttributes(dpy, gc, 1, LineSolid, CapProjecting, JoinBevel);
    XDrawRectangle(dpy, win, gc, x + 40, y + 40, 15, 15);
    XSetLineAttributes(dpy, gc, 0, LineSolid, CapButt, JoinMiter);
}

int main(void) {
    oracle_open(0x000000);
    GC plain = make_gc(win, 0, 0);
    GC gc = make_gc(win, 0x5aa5c3, 0x802000);
    int c = 0;
    for (int f = 0; f < 16; f++) {
        stripes(plain, c);
        XSetFunction(dpy, gc, f);
        wide_figure(gc, c);
        c++;
    }
    XSetFunction(dpy, gc, GXxor);
    XSetPlaneMask(dpy, gc, 0x00ff0f);
    stripes(plain, c);
    wide_figure(gc, c++);
    XSetFunction(dpy, gc, GXcopy);
    XSetPlaneMask(dpy, gc, AllPlanes);
    c = 20;
    /* fill styles */
    Pixmap tile = XCreatePixmap(dpy, win, 7, 5, 24);
    GC tgc = make_gc(tile, 0, 0);
    for (int y = 0; y < 5; y++)
        for (int x = 0; x < 7; x++) {
            XSetForeground(dpy, tgc, (x * 36) << 16 | (y * 60) << 8 | ((x + y) % 2) * 255);
            XDrawPoint(dpy, tile, tgc, x, y);
        }
    static char st_bits[] = {0x21, 0x12, 0x0c, 0x3f, 0x01};
    Pixmap stipple = XCreateBitmapFromData(dpy, win, st_bits, 6, 5);
    XSetTile(dpy, gc, tile);
    XSetStipple(dpy, gc, stipple);
    int styles[] = {FillTiled, FillStippled, FillOpaqueStippled};
    for (int s = 0; s < 3; s++) {
        for (int o = 0; o < 2; o++) {
            XSetFillStyle(dpy, gc, styles[s]);
            XSetTSOrigin(dpy, gc, o * 3, o * 2);
            wide_figure(gc, c++);
        }
    }
    /* double-dashed wide lines with a stipple: odd dashes use the same fill */
    char dash[] = {6, 3};
    XSetDashes(dpy, gc, 0, dash, 2);
    XSetFillStyle(dpy, gc, FillOpaqueStippled);
    XSetLineAttributes(dpy, gc, 6, LineDoubleDash, CapButt, JoinMiter);
    XDrawLine(dpy, win, gc, cell_x(c) + 4, cell_y(c) + 10, cell_x(c) + 120, cell_y(c) + 50);
    XSetFillStyle(dpy, gc, FillTiled);
    XDrawLine(dpy, win, gc, cell_x(c) + 4, cell_y(c) + 50, cell_x(c) + 120, cell_y(c) + 10);
    XSetLineAttributes(dpy, gc, 0, LineSolid, CapButt, JoinMiter);
    XSetFillStyle(dpy, gc, FillSolid);
    c = 30;
    /* clip rectangles and a clip mask */
    XRectangle r[] = {{2, 2, 25, 25}, {30, 30, 28, 28}, {0, 35, 20, 10}};
    XSetClipRectangles(dpy, gc, cell_x(c), cell_y(c), r, 3, Unsorted);
    XSetForeground(dpy, gc, 0xffd000);
    wide_figure(gc, c++);
    XSetClipRectangles(dpy, gc, cell_x(c) + 5, cell_y(c) - 3, r, 3, Unsorted);
    wide_figure(gc, c++);
    Pixmap mask = XCreatePixmap(dpy, win, 50, 50, 1);
    GC mgc = make_gc(mask, 0, 0);
    XFillRectangle(dpy, mask, mgc, 0, 0, 50, 50);
    XSetForeground(dpy, mgc, 1);
    XFillArc(dpy, mask, mgc, 0, 0, 50, 50, 0, 360 * 64);
    XSetClipMask(dpy, gc, mask);
    XSetClipOrigin(dpy, gc, cell_x(c) + 7, cell_y(c) + 4);
    wide_figure(gc, c++);
    XSetClipMask(dpy, gc, None);
    /* IncludeInferiors over a child window */
    XSetWindowAttributes a;
    a.background_pixel = 0x406040;
    a.border_pixel = 0xff00ff;
    Window child = XCreateWindow(dpy, win, cell_x(c) + 10, cell_y(c) + 10, 50, 30, 3, CopyFromParent, InputOutput,
                                 CopyFromParent, CWBackPixel | CWBorderPixel, &a);
    XMapWindow(dpy, child);
    XSync(dpy, False);
    XSetSubwindowMode(dpy, gc, IncludeInferiors);
    XSetFunction(dpy, gc, GXxor);
    XSetForeground(dpy, gc, 0xffffff);
    XSetLineAttributes(dpy, gc, 4, LineSolid, CapButt, JoinMiter);
    XDrawRectangle(dpy, win, gc, cell_x(c) + 2, cell_y(c) + 2, 110, 50);
    XSetSubwindowMode(dpy, gc, ClipByChildren);
    XDrawLine(dpy, win, gc, cell_x(c), cell_y(c) + 60, cell_x(c) + 120, cell_y(c));
    oracle_done();
    return 0;
}
