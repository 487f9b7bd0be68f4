/* Oracle area: fill styles Tiled, Stippled and OpaqueStippled with tile/stipple origins, applied to rectangles,
 * polygons, filled arcs, thin lines and text; depth-1 and depth-24 pixmaps as patterns (wide lines with
 * fill styles are in wide_line_modes.c). */
#include "oracle.h"

static void draw_shapes(GC gc, int c, Font font) {
    int x = cell_x(c), y = cell_y(c);
    XFillRectangle(dpy, win, gc, x, y, 28, 28);
    XPoint tri[] = {{x + 32, y + 2}, {x + 60, y + 10}, {x + 40, y + 28}};
    XFillPolygon(dpy, win, gc, tri, 3, Convex, CoordModeOrigin);
    XFillArc(dpy, win, gc, x, y + 32, 28, 28, 30 * 64, 300 * 64);
    XFillRectangle(dpy, win, gc, x + 32, y + 34, 26, 6);
    XDrawLine(dpy, win, gc, x + 32, y + 46, x + 60, y + 44);
    XSetFont(dpy, gc, font);
    XDrawString(dpy, win, gc, x + 31, y + 59, "Tx", 2);
}

int main(void) {
    oracle_open(0x303030);
    Font font = XLoadFont(dpy, "9x15bold");
    /* a 7x5 depth-24 tile (odd size, not dividing a machine word) */
    Pixmap tile = XCreatePixmap(dpy, win, 7, 5, 24);
    GC tgc = make_gc(tile, 0, 0);
    for (int y = 0; y < 5; y++)
        for (int x = 0; x < 7; x++) {
            XSetForeground(dpy, tgc, (x * 36) << 16 | (y * 60) << 8 | ((x + y) % 2) * 255);
            XDrawPoint(dpy, tile, tgc, x, y);
        }
    /* a 6x5 depth-1 stipple, and a 16x16 one */
    static char st_bits[] = {0x21, 0x12, 0x0c, 0x3f, 0x01};
    Pixmap stipple = XCreateBitmapFromData(dpy, win, st_bits, 6, 5);
    static unsigned char st16[32];
    for (int i = 0; i < 32; i++) st16[i] = (unsigned char) (0x5a ^ (i * 37));
    Pixmap stipple16 = XCreateBitmapFromData(dpy, win, (char *) st16, 16, 16);

    GC gc = make_gc(win, 0xffc040, 0x4040ff);
    int c = 0;
    int origins[][2] = {{0, 0}, {3, 2}, {-5, 7}, {100, 101}};
    for (int o = 0; o < 4; o++) {
        XSetTSOrigin(dpy, gc, origins[o][0], origins[o][1]);
        XSetFillStyle(dpy, gc, FillTiled);
        XSetTile(dpy, gc, tile);
        draw_shapes(gc, c++, font);
        XSetFillStyle(dpy, gc, FillStippled);
        XSetStipple(dpy, gc, stipple);
        draw_shapes(gc, c++, font);
        XSetFillStyle(dpy, gc, FillOpaqueStippled);
        draw_shapes(gc, c++, font);
        XSetStipple(dpy, gc, stipple16);
        XSetFillStyle(dpy, gc, FillStippled);
        draw_shapes(gc, c++, font);
        XSetFillStyle(dpy, gc, FillOpaqueStippled);
        draw_shapes(gc, c++, font);
    }
    /* patterns combined with functions */
    XSetTSOrigin(dpy, gc, 1, 1);
    int funcs[] = {GXxor, GXand, GXor, GXequiv, GXinvert};
    for (int f = 0; f < 5; f++) {
        XSetFunction(dpy, gc, funcs[f]);
        XSetFillStyle(dpy, gc, FillTiled);
        draw_shapes(gc, c++, font);
        XSetFillStyle(dpy, gc, FillOpaqueStippled);
        draw_shapes(gc, c++, font);
    }
    XSetFunction(dpy, gc, GXcopy);
    /* thin double-dash lines with a stipple and a tile: odd dashes use the same fill */
    char dash[] = {6, 3};
    XSetDashes(dpy, gc, 0, dash, 2);
    XSetLineAttributes(dpy, gc, 0, LineDoubleDash, CapButt, JoinMiter);
    XSetFillStyle(dpy, gc, FillOpaqueStippled);
    XDrawLine(dpy, win, gc, cell_x(c) + 4, cell_y(c) + 10, cell_x(c) + 120, cell_y(c) + 50);
    XSetFillStyle(dpy, gc, FillTiled);
    XDrawLine(dpy, win, gc, cell_x(c) + 4, cell_y(c) + 50, cell_x(c) + 120, cell_y(c) + 10);
    XSetFillStyle(dpy, gc, FillStippled);
    XDrawLine(dpy, win, gc, cell_x(c) + 4, cell_y(c) + 30, cell_x(c) + 120, cell_y(c) + 31);
    c += 2;
    /* a big tiled rectangle on a depth-24 pixmap then copied: pattern origin is relative to that drawable */
    Pixmap canvas = XCreatePixmap(dpy, win, 120, 60, 24);
    GC cgc = make_gc(canvas, 0, 0xffffff);
    XFillRectangle(dpy, canvas, cgc, 0, 0, 120, 60);
    XSetFillStyle(dpy, cgc, FillTiled);
    XSetTile(dpy, cgc, tile);
    XSetTSOrigin(dpy, cgc, 2, 3);
    XFillRectangle(dpy, canvas, cgc, 5, 5, 50, 50);
    XSetFillStyle(dpy, cgc, FillOpaqueStippled);
    XSetStipple(dpy, cgc, stipple);
    XSetForeground(dpy, cgc, 0xff0000);
    XFillArc(dpy, canvas, cgc, 60, 5, 50, 50, 0, 360 * 64);
    GC plain = make_gc(win, 0, 0);
    XCopyArea(dpy, canvas, win, plain, 0, 0, 120, 60, cell_x(c), cell_y(c));
    c += 2;
    oracle_done();
    return 0;
}
