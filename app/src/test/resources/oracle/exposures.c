/* Oracle area: the events drawing produces, printed and compared: GraphicsExpose / NoExpose from CopyArea and
 * CopyPlane (source inside, partly outside the window, obscured by a child, from a pixmap), Expose from ClearArea
 * with exposures, from mapping, unmapping, raising and moving windows. Pixels are compared as well. */
#include "oracle.h"

static void print_events(const char *step) {
    XSync(dpy, False);
    XEvent ev;
    printf("-- %s\n", step);
    while (XPending(dpy)) {
        XNextEvent(dpy, &ev);
        switch (ev.type) {
        case Expose:
            printf("Expose win %s %d,%d %dx%d count %d\n", ev.xexpose.window == win ? "top" : "child", ev.xexpose.x,
                   ev.xexpose.y, ev.xexpose.width, ev.xexpose.height, ev.xexpose.count);
            break;
        case GraphicsExpose:
            printf("GraphicsExpose %d,%d %dx%d count %d major %d\n", ev.xgraphicsexpose.x, ev.xgraphicsexpose.y,
                   ev.xgraphicsexpose.width, ev.xgraphicsexpose.height, ev.xgraphicsexpose.count,
                   ev.xgraphicsexpose.major_code);
            break;
        case NoExpose:
            printf("NoExpose major %d\n", ev.xnoexpose.major_code);
            break;
        default:
            printf("event %d\n", ev.type);
        }
    }
}

int main(void) {
    oracle_open(0x305070);
    GC gc = make_gc(win, 0xffffff, 0);
    XSetGraphicsExposures(dpy, gc, True);
    for (int i = 0; i < 8; i++) {
        XSetForeground(dpy, gc, 0x200000 * i + 0x1f3f00);
        XFillRectangle(dpy, win, gc, 10 + i * 8, 10, 8, 60);
    }
    print_events("initial");
    XCopyArea(dpy, win, win, gc, 10, 10, 64, 60, 100, 10);
    print_events("copy inside");
    XCopyArea(dpy, win, win, gc, -20, -15, 64, 60, 200, 10);
    print_events("copy from outside top-left");
    XCopyArea(dpy, win, win, gc, screen_w - 30, screen_h - 20, 64, 60, 300, 10);
    print_events("copy from outside bottom-right");
    XSetWindowAttributes a;
    a.background_pixel = 0xa0a0a0;
    a.event_mask = ExposureMask;
    Window child = XCreateWindow(dpy, win, 30, 30, 40, 40, 2, CopyFromParent, InputOutput, CopyFromParent,
                                 CWBackPixel | CWEventMask, &a);
    XMapWindow(dpy, child);
    print_events("map child");
    XCopyArea(dpy, win, win, gc, 10, 10, 80, 80, 400, 10);
    print_events("copy source obscured by child (ClipByChildren)");
    XSetSubwindowMode(dpy, gc, IncludeInferiors);
    XCopyArea(dpy, win, win, gc, 10, 10, 80, 80, 500, 10);
    print_events("copy source over child (IncludeInferiors)");
    XSetSubwindowMode(dpy, gc, ClipByChildren);
    Pixmap pm = XCreatePixmap(dpy, win, 50, 50, 24);
    GC pgc = make_gc(pm, 0xff8800, 0);
    XSetGraphicsExposures(dpy, pgc, True);
    XFillRectangle(dpy, pm, pgc, 0, 0, 50, 50);
    XCopyArea(dpy, pm, win, gc, -10, -10, 50, 50, 10, 120);
    print_events("copy from pixmap partly outside");
    XCopyArea(dpy, win, pm, pgc, 620, 0, 50, 50, 0, 0);
    XCopyArea(dpy, pm, win, gc, 0, 0, 50, 50, 70, 120);
    print_events("window to pixmap partly outside, then back");
    XCopyPlane(dpy, win, win, gc, -5, 100, 40, 40, 130, 120, 0x10);
    print_events("copy plane from outside");
    XClearArea(dpy, win, 200, 120, 40, 30, True);
    print_events("clear area with exposures");
    XClearArea(dpy, win, 20, 20, 100, 100, True);
    print_events("clear area over child with exposures");
    Window sib = XCreateWindow(dpy, win, 50, 50, 60, 30, 1, CopyFromParent, InputOutput, CopyFromParent,
                               CWBackPixel | CWEventMask, &a);
    XMapWindow(dpy, sib);
    print_events("map overlapping sibling");
    XRaiseWindow(dpy, child);
    print_events("raise child over sibling");
    XMoveWindow(dpy, child, 80, 60);
    print_events("move child");
    XUnmapWindow(dpy, sib);
    print_events("unmap sibling");
    XResizeWindow(dpy, child, 70, 20);
    print_events("resize child");
    oracle_done();
    return 0;
}
