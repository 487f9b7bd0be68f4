/* Oracle area: wide and filled arcs with fill styles (tiled, stippled, opaque stippled) and arc modes; arcs far
 * larger than the screen; a GetImage outside the window (BadMatch, printed). */
#include "oracle.h"

int main(void) {
    oracle_open(0x203020);
    GC gc = make_gc(win, 0xffffff, 0);
    /* wide arcs with tiles and stipples */
    Pixmap tile = XCreatePixmap(dpy, win, 6, 4, 24);
    GC tgc = make_gc(tile, 0xff0000, 0);
    XFillRectangle(dpy, tile, tgc, 0, 0, 6, 4);
    XSetForeground(dpy, tgc, 0x00ffff);
    XFillRectangle(dpy, tile, tgc, 0, 0, 3, 2);
    static char bits[] = {0x05, 0x0a, 0x05, 0x0a};
    Pixmap stipple = XCreateBitmapFromData(dpy, win, bits, 4, 4);
    XSetTile(dpy, gc, tile);
    XSetStipple(dpy, gc, stipple);
    XSetForeground(dpy, gc, 0xffff00);
    XSetBackground(dpy, gc, 0x000080);
    int styles[] = {FillTiled, FillStippled, FillOpaqueStippled};
    for (int s = 0; s < 3; s++) {
        XSetFillStyle(dpy, gc, styles[s]);
        XSetLineAttributes(dpy, gc, 9, LineSolid, CapRound, JoinRound);
        XDrawArc(dpy, win, gc, 10 + s * 110, 30, 90, 60, 20 * 64, 290 * 64);
        XSetArcMode(dpy, gc, s == 1 ? ArcChord : ArcPieSlice);
        XFillArc(dpy, win, gc, 30 + s * 110, 100, 60, 50, 45 * 64, 250 * 64);
    }
    XSetFillStyle(dpy, gc, FillSolid);
    XSetLineAttributes(dpy, gc, 0, LineSolid, CapButt, JoinMiter);
    /* arcs much larger than the screen: only a part is visible */
    XSetForeground(dpy, gc, 0xff00ff);
    XDrawArc(dpy, win, gc, -1500, 300, 4000, 3000, 0, 360 * 64);
    XSetLineAttributes(dpy, gc, 3, LineSolid, CapButt, JoinMiter);
    XDrawArc(dpy, win, gc, 400, -2000, 3000, 2600, 180 * 64, 90 * 64);
    XSetForeground(dpy, gc, 0x40ff40);
    XFillArc(dpy, win, gc, 350, 280, 2000, 1200, 90 * 64, 90 * 64);
    /* GetImage of an area outside the window: BadMatch, which is printed */
    expecting_error = 1;
    XImage *bad = XGetImage(dpy, win, screen_w - 10, 0, 20, 20, AllPlanes, ZPixmap);
    printf("getimage outside %s\n", bad ? "returned an image" : "failed");
    XSync(dpy, False);
    expecting_error = 0;
    oracle_done();
    return 0;
}
