/* Oracle area: CopyArea (window to window overlapping, pixmap to window, window to pixmap, source partly outside),
 * CopyPlane (from depth 1 and from a plane of depth 24), ClearArea, window backgrounds (pixel, pixmap,
 * ParentRelative, None), borders (pixel and pixmap), child windows, stacking, unmapping and reconfiguring. */
#include "oracle.h"

int main(void) {
    oracle_open(0x204060);
    GC gc = make_gc(win, 0xffffff, 0);
    int c = 0;
    /* a source pattern in cell 0 */
    for (int i = 0; i < 6; i++) {
        XSetForeground(dpy, gc, 0xff0000 >> (i * 4) | 0x101010 * i);
        XFillRectangle(dpy, win, gc, cell_x(0) + i * 10, cell_y(0), 10, 60);
        XSetForeground(dpy, gc, 0xffffff);
        XDrawLine(dpy, win, gc, cell_x(0), cell_y(0) + i * 11, cell_x(0) + 59, cell_y(0) + 59 - i * 11);
    }
    c = 1;
    XCopyArea(dpy, win, win, gc, cell_x(0), cell_y(0), 60, 60, cell_x(c), cell_y(c));
    c++;
    /* overlapping copies in every direction (scrolling) */
    XCopyArea(dpy, win, win, gc, cell_x(0), cell_y(0), 60, 60, cell_x(c), cell_y(c));
    XCopyArea(dpy, win, win, gc, cell_x(c), cell_y(c), 50, 50, cell_x(c) + 7, cell_y(c) + 5);
    c++;
    XCopyArea(dpy, win, win, gc, cell_x(0), cell_y(0), 60, 60, cell_x(c), cell_y(c));
    XCopyArea(dpy, win, win, gc, cell_x(c) + 9, cell_y(c) + 6, 50, 50, cell_x(c), cell_y(c));
    c++;
    XCopyArea(dpy, win, win, gc, cell_x(0), cell_y(0), 60, 60, cell_x(c), cell_y(c));
    XCopyArea(dpy, win, win, gc, cell_x(c), cell_y(c) + 8, 60, 50, cell_x(c), cell_y(c));
    c++;
    /* source partly outside the window: those parts are not copied */
    XCopyArea(dpy, win, win, gc, -20, -10, 60, 60, cell_x(c), cell_y(c));
    XCopyArea(dpy, win, win, gc, screen_w - 30, screen_h - 30, 60, 60, cell_x(c) + 30, cell_y(c) + 30);
    c++;
    /* window -> pixmap -> window, with xor on the way back */
    Pixmap pm = XCreatePixmap(dpy, win, 60, 60, 24);
    GC pgc = make_gc(pm, 0x00ff00, 0);
    XFillRectangle(dpy, pm, pgc, 0, 0, 60, 60);
    XCopyArea(dpy, win, pm, pgc, cell_x(0) + 10, cell_y(0) + 10, 40, 40, 5, 5);
    XSetFunction(dpy, gc, GXxor);
    XCopyArea(dpy, pm, win, gc, 0, 0, 60, 60, cell_x(c), cell_y(c));
    XSetFunction(dpy, gc, GXcopy);
    c++;
    /* CopyPlane from a depth-1 pixmap and from one plane of a depth-24 drawable */
    static char bits[] = {0x0f, 0xf0, 0x33, 0xcc, 0x55, 0xaa, 0x01, 0x80, 0xff, 0x00, 0x18, 0x24, 0x42, 0x81, 0x7e, 0x3c};
    Pixmap bm = XCreateBitmapFromData(dpy, win, bits, 16, 8);
    XSetForeground(dpy, gc, 0xffff00);
    XSetBackground(dpy, gc, 0x800080);
    for (int i = 0; i < 4; i++) XCopyPlane(dpy, bm, win, gc, 0, 0, 16, 8, cell_x(c) + i * 3, cell_y(c) + i * 14, 1);
    c++;
    XCopyPlane(dpy, win, win, gc, cell_x(0), cell_y(0), 60, 60, cell_x(c), cell_y(c), 0x800000);
    c++;
    XCopyPlane(dpy, pm, win, gc, 0, 0, 60, 60, cell_x(c), cell_y(c), 0x000100);
    c++;
    XSetFillStyle(dpy, gc, FillSolid);
    XSetFunction(dpy, gc, GXand);
    XCopyPlane(dpy, bm, win, gc, 0, 0, 16, 8, cell_x(c), cell_y(c), 1);
    XSetFunction(dpy, gc, GXcopy);
    c++;
    /* child windows with backgrounds and borders of each kind */
    Pixmap tile = XCreatePixmap(dpy, win, 5, 3, 24);
    GC tgc = make_gc(tile, 0xff0000, 0);
    XFillRectangle(dpy, tile, tgc, 0, 0, 5, 3);
    XSetForeground(dpy, tgc, 0x00ff00);
    XDrawLine(dpy, tile, tgc, 0, 0, 4, 2);
    XSetWindowAttributes a;
    Window kids[6];
    a.background_pixel = 0xc0c0c0;
    a.border_pixel = 0x0000ff;
    kids[0] = XCreateWindow(dpy, win, cell_x(c) + 5, cell_y(c) + 5, 40, 40, 2, CopyFromParent, InputOutput,
                            CopyFromParent, CWBackPixel | CWBorderPixel, &a);
    c++;
    a.background_pixmap = tile;
    a.border_pixmap = tile;
    kids[1] = XCreateWindow(dpy, win, cell_x(c) + 3, cell_y(c) + 3, 45, 41, 5, CopyFromParent, InputOutput,
                            CopyFromParent, CWBackPixmap | CWBorderPixmap, &a);
    c++;
    a.background_pixmap = ParentRelative;
    a.border_pixel = 0xffffff;
    kids[2] = XCreateWindow(dpy, kids[1], 10, 10, 20, 20, 1, CopyFromParent, InputOutput, CopyFromParent,
                            CWBackPixmap | CWBorderPixel, &a);
    /* overlapping siblings and restacking */
    a.background_pixel = 0x808000;
    a.border_pixel = 0;
    kids[3] = XCreateWindow(dpy, win, cell_x(c), cell_y(c), 40, 40, 1, CopyFromParent, InputOutput, CopyFromParent,
                            CWBackPixel | CWBorderPixel, &a);
    a.background_pixel = 0x008080;
    kids[4] = XCreateWindow(dpy, win, cell_x(c) + 15, cell_y(c) + 15, 40, 40, 1, CopyFromParent, InputOutput,
                            CopyFromParent, CWBackPixel | CWBorderPixel, &a);
    a.background_pixel = 0x800080;
    kids[5] = XCreateWindow(dpy, win, cell_x(c) + 30, cell_y(c) + 5, 30, 30, 1, CopyFromParent, InputOutput,
                            CopyFromParent, CWBackPixel | CWBorderPixel, &a);
    XMapSubwindows(dpy, kids[1]);
    XMapSubwindows(dpy, win);
    XSync(dpy, False);
    XRaiseWindow(dpy, kids[3]);
    XLowerWindow(dpy, kids[5]);
    c++;
    /* move and resize one; unmap another: the parent's background is exposed and repainted */
    XMoveResizeWindow(dpy, kids[0], cell_x(c) + 10, cell_y(c) + 10, 30, 45);
    XSetWindowBorderWidth(dpy, kids[0], 4);
    XUnmapWindow(dpy, kids[4]);
    XSync(dpy, False);
    c++;
    /* drawing into a child and copying between windows */
    GC kgc = make_gc(kids[3], 0x000000, 0);
    XDrawLine(dpy, kids[3], kgc, 0, 0, 39, 39);
    XCopyArea(dpy, win, kids[1], gc, cell_x(0), cell_y(0), 30, 30, 12, 12);
    c++;
    /* ClearArea with background pixel and pixmap, and width/height 0 meaning "to the edge" */
    XSetWindowBackground(dpy, win, 0x602040);
    XClearArea(dpy, win, cell_x(1) + 10, cell_y(1) + 10, 20, 20, False);
    XClearArea(dpy, win, cell_x(2) + 50, cell_y(2) + 40, 0, 10, False);
    XSetWindowBackgroundPixmap(dpy, win, tile);
    XClearArea(dpy, win, cell_x(3) + 5, cell_y(3) + 30, 30, 0, False);
    XClearArea(dpy, win, screen_w - 40, screen_h - 30, 0, 0, True);
    XClearArea(dpy, win, cell_x(4) + 20, cell_y(4) + 20, 20, 20, True);
    /* background None: ClearArea leaves the contents */
    XSetWindowBackgroundPixmap(dpy, win, None);
    XClearArea(dpy, win, cell_x(5), cell_y(5), 30, 30, False);
    /* a child window with background None shows what was under it */
    a.background_pixmap = None;
    a.border_pixel = 0xff0000;
    Window none = XCreateWindow(dpy, win, cell_x(c) - 30, cell_y(c) + 10, 50, 30, 2, CopyFromParent, InputOutput,
                                CopyFromParent, CWBackPixmap | CWBorderPixel, &a);
    XMapWindow(dpy, none);
    XSync(dpy, False);
    c++;
    /* a big window-to-window scroll across the screen */
    XCopyArea(dpy, win, win, gc, 0, 0, screen_w, 140, 0, 300);
    oracle_done();
    return 0;
}
