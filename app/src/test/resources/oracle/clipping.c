/* Oracle area: clip rectangles (all orderings) and clip masks with clip origins, subwindow modes ClipByChildren
 * and IncludeInferiors with child windows, drawing on the root with IncludeInferiors (clipped wide lines are
 * in wide_line_modes.c). */
#include "oracle.h"

static void scene(GC gc, int x, int y) {
    XSetForeground(dpy, gc, 0xffd000);
    XFillRectangle(dpy, win, gc, x, y, 60, 60);
    XSetForeground(dpy, gc, 0x0030ff);
    XFillArc(dpy, win, gc, x + 5, y + 5, 50, 50, 0, 360 * 64);
    XSetForeground(dpy, gc, 0xff0000);
    XPoint band[] = {{x, y + 57}, {x + 57, y}, {x + 59, y + 2}, {x + 2, y + 59}};
    XFillPolygon(dpy, win, gc, band, 4, Convex, CoordModeOrigin);
    XDrawLine(dpy, win, gc, x, y, x + 59, y + 59);
}

int main(void) {
    oracle_open(0x000000);
    GC gc = make_gc(win, 0xffffff, 0);
    int c = 0;
    /* clip rectangles with every ordering, with and without clip origin */
    XRectangle yx[] = {{2, 2, 20, 10}, {30, 2, 20, 10}, {10, 20, 40, 8}, {0, 40, 15, 15}, {25, 40, 30, 15}};
    int orders[] = {Unsorted, YSorted, YXSorted, YXBanded};
    for (int o = 0; o < 4; o++) {
        for (int shifted = 0; shifted < 2; shifted++) {
            XSetClipRectangles(dpy, gc, shifted ? cell_x(c) + 3 : cell_x(c), shifted ? cell_y(c) + 5 : cell_y(c),
                               yx, 5, orders[o]);
            scene(gc, cell_x(c), cell_y(c));
            XSetClipMask(dpy, gc, None);
            c++;
        }
    }
    /* unsorted overlapping rectangles */
    XRectangle un[] = {{30, 30, 25, 25}, {0, 0, 40, 20}, {10, 10, 20, 40}, {45, 0, 5, 60}};
    XSetClipRectangles(dpy, gc, cell_x(c), cell_y(c), un, 4, Unsorted);
    scene(gc, cell_x(c), cell_y(c));
    XSetClipMask(dpy, gc, None);
    c++;
    /* empty clip list draws nothing */
    XSetClipRectangles(dpy, gc, 0, 0, un, 0, Unsorted);
    scene(gc, cell_x(c), cell_y(c));
    XSetClipMask(dpy, gc, None);
    c++;
    /* clip masks: a depth-1 pixmap with a drawn pattern, at several clip origins */
    Pixmap mask = XCreatePixmap(dpy, win, 50, 50, 1);
    GC mgc = make_gc(mask, 0, 0);
    XFillRectangle(dpy, mask, mgc, 0, 0, 50, 50);
    XSetForeground(dpy, mgc, 1);
    XFillArc(dpy, mask, mgc, 0, 0, 50, 50, 0, 360 * 64);
    XSetForeground(dpy, mgc, 0);
    for (int i = 0; i < 50; i += 6) XFillRectangle(dpy, mask, mgc, i, 0, 2, 50);
    int mo[][2] = {{0, 0}, {10, 10}, {-10, 5}, {25, -20}};
    for (int i = 0; i < 4; i++) {
        XSetClipMask(dpy, gc, mask);
        XSetClipOrigin(dpy, gc, cell_x(c) + mo[i][0], cell_y(c) + mo[i][1]);
        scene(gc, cell_x(c), cell_y(c));
        c++;
    }
    /* clip mask with text and a copy */
    XSetClipOrigin(dpy, gc, cell_x(c) + 5, cell_y(c) + 5);
    XSetFont(dpy, gc, XLoadFont(dpy, "10x20"));
    XSetForeground(dpy, gc, 0x00ff00);
    XDrawImageString(dpy, win, gc, cell_x(c), cell_y(c) + 20, "Clip", 4);
    XDrawString(dpy, win, gc, cell_x(c), cell_y(c) + 50, "Mask", 4);
    XSetClipMask(dpy, gc, None);
    c++;
    c = 20;
    /* child windows: drawing on the parent clipped by children (ClipByChildren) or over them (IncludeInferiors) */
    for (int mode = 0; mode < 2; mode++) {
        int x = cell_x(c), y = cell_y(c);
        XSetWindowAttributes a;
        a.background_pixel = 0x406040;
        a.border_pixel = 0xff00ff;
        Window child = XCreateWindow(dpy, win, x + 10, y + 10, 50, 30, 3, CopyFromParent, InputOutput,
                                     CopyFromParent, CWBackPixel | CWBorderPixel, &a);
        a.background_pixel = 0x604040;
        Window grandchild = XCreateWindow(dpy, child, 20, 10, 40, 40, 1, CopyFromParent, InputOutput,
                                          CopyFromParent, CWBackPixel | CWBorderPixel, &a);
        XMapWindow(dpy, grandchild);
        XMapWindow(dpy, child);
        XSync(dpy, False);
        XSetSubwindowMode(dpy, gc, mode ? IncludeInferiors : ClipByChildren);
        XSetForeground(dpy, gc, 0xffffff);
        XSetFunction(dpy, gc, GXxor);
        XDrawRectangle(dpy, win, gc, x + 2, y + 2, 110, 50);
        XFillRectangle(dpy, win, gc, x + 4, y + 40, 110, 4);
        XFillRectangle(dpy, win, gc, x + 30, y + 5, 20, 80);
        XDrawLine(dpy, win, gc, x, y, x + 120, y + 60);
        XSetFunction(dpy, gc, GXcopy);
        c += 3;
    }
    XSetSubwindowMode(dpy, gc, ClipByChildren);
    /* drawing on the root with IncludeInferiors, as window managers draw rubber bands */
    GC rgc = make_gc(root, 0xffffff, 0);
    XSetSubwindowMode(dpy, rgc, IncludeInferiors);
    XSetFunction(dpy, rgc, GXxor);
    XDrawRectangle(dpy, root, rgc, 100, 300, 300, 100);
    XFillRectangle(dpy, root, rgc, 420, 310, 100, 50);
    /* and with ClipByChildren: nothing visible, the drawing window covers the root */
    GC rgc2 = make_gc(root, 0xff0000, 0);
    XFillRectangle(dpy, root, rgc2, 0, 0, 640, 480);
    /* clip origin plus negative-offset clip rectangles on a pixmap, then copied */
    Pixmap pm = XCreatePixmap(dpy, win, 64, 64, 24);
    GC pgc = make_gc(pm, 0x202020, 0);
    XFillRectangle(dpy, pm, pgc, 0, 0, 64, 64);
    XRectangle pr[] = {{-5, -5, 20, 20}, {30, 30, 40, 40}};
    XSetClipRectangles(dpy, pgc, 10, 0, pr, 2, Unsorted);
    XSetForeground(dpy, pgc, 0x80ffff);
    XFillArc(dpy, pm, pgc, 0, 0, 64, 64, 0, 360 * 64);
    XCopyArea(dpy, pm, win, gc, 0, 0, 64, 64, cell_x(60), cell_y(60));
    oracle_done();
    return 0;
}
