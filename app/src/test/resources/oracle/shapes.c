/* Oracle area: SHAPE extension: bounding and clip shapes from rectangles and bitmaps, with and without borders,
 * drawing into shaped windows and over them with IncludeInferiors, shape offset and moving a shaped window. */
#include "oracle.h"
#include <X11/extensions/shape.h>

int main(void) {
    oracle_open(0x203020);
    GC gc = make_gc(win, 0xffffff, 0);
    int event_base, error_base;
    printf("shape %d\n", XShapeQueryExtension(dpy, &event_base, &error_base) ? 1 : 0);
    XSetWindowAttributes a;
    a.background_pixel = 0xc08040;
    a.border_pixel = 0x4080ff;
    /* bounding shape from rectangles, with a border */
    Window w1 = XCreateWindow(dpy, win, 10, 10, 100, 80, 4, CopyFromParent, InputOutput, CopyFromParent,
                              CWBackPixel | CWBorderPixel, &a);
    XRectangle r[] = {{-4, -4, 60, 30}, {20, 20, 90, 20}, {0, 50, 40, 40}};
    XShapeCombineRectangles(dpy, w1, ShapeBounding, 0, 0, r, 3, ShapeSet, Unsorted);
    XMapWindow(dpy, w1);
    /* bounding shape from a bitmap (a circle), and a clip shape */
    Pixmap mask = XCreatePixmap(dpy, win, 90, 90, 1);
    GC mgc = make_gc(mask, 0, 0);
    XFillRectangle(dpy, mask, mgc, 0, 0, 90, 90);
    XSetForeground(dpy, mgc, 1);
    XFillArc(dpy, mask, mgc, 0, 0, 90, 90, 0, 360 * 64);
    Window w2 = XCreateWindow(dpy, win, 150, 10, 90, 90, 0, CopyFromParent, InputOutput, CopyFromParent,
                              CWBackPixel | CWBorderPixel, &a);
    XShapeCombineMask(dpy, w2, ShapeBounding, 0, 0, mask, ShapeSet);
    XMapWindow(dpy, w2);
    Window w3 = XCreateWindow(dpy, win, 260, 10, 90, 90, 3, CopyFromParent, InputOutput, CopyFromParent,
                              CWBackPixel | CWBorderPixel, &a);
    XShapeCombineMask(dpy, w3, ShapeClip, 10, 10, mask, ShapeSet);
    XRectangle sub[] = {{30, 30, 20, 20}};
    XShapeCombineRectangles(dpy, w3, ShapeClip, 0, 0, sub, 1, ShapeSubtract, Unsorted);
    XMapWindow(dpy, w3);
    XSync(dpy, False);
    /* the shape regions as the server reports them (y-x banded rectangles) are part of the output */
    Window shaped[] = {w1, w2, w3};
    int kinds[] = {ShapeBounding, ShapeClip};
    for (int i = 0; i < 3; i++)
        for (int k = 0; k < 2; k++) {
            int count, ordering;
            XRectangle *rects = XShapeGetRectangles(dpy, shaped[i], kinds[k], &count, &ordering);
            unsigned long h = 2166136261UL;
            for (int j = 0; j < count; j++)
                h = fnv(fnv(h, (unsigned short) rects[j].x << 16 | (unsigned short) rects[j].y),
                        rects[j].width << 16 | rects[j].height);
            printf("w%d %s: %d rectangles, ordering %d, hash %08lx, first %d,%d %dx%d\n", i + 1,
                   k ? "clip" : "bounding", count, ordering, h, count ? rects[0].x : 0, count ? rects[0].y : 0,
                   count ? rects[0].width : 0, count ? rects[0].height : 0);
            XFree(rects);
        }
    /* drawing into the shaped windows is clipped by the shapes */
    for (int i = 0; i < 3; i++) {
        Window w = i == 0 ? w1 : (i == 1 ? w2 : w3);
        GC wg = make_gc(w, 0x0000ff, 0);
        XSetLineAttributes(dpy, wg, 5, LineSolid, CapButt, JoinMiter);
        XDrawLine(dpy, w, wg, 0, 0, 100, 90);
        XDrawLine(dpy, w, wg, 100, 0, 0, 90);
        XFillRectangle(dpy, w, wg, 0, 40, 100, 6);
    }
    /* drawing over them on the parent with IncludeInferiors */
    XSetSubwindowMode(dpy, gc, IncludeInferiors);
    XSetFunction(dpy, gc, GXxor);
    XFillRectangle(dpy, win, gc, 0, 60, 400, 10);
    XSetFunction(dpy, gc, GXcopy);
    XSetSubwindowMode(dpy, gc, ClipByChildren);
    /* a shape combined with an offset, then the window moved */
    XShapeOffsetShape(dpy, w1, ShapeBounding, 5, 3);
    XMoveWindow(dpy, w2, 160, 20);
    XSync(dpy, False);
    oracle_done();
    return 0;
}
