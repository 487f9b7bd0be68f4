/*
 * MIT-SHM through Xlib's XShm: images put from and got into System V segments, whole and in parts, in the three
 * formats, with completion events, and the errors of segments that are too small, unknown, read-only or detached.
 * Prints what it sees (event lines, errors, checksums of what GetImage wrote into the segment), then "ready".
 *   shm                 the scene (output and screen compared with Xvfb)
 *   shm create MODE     makes a segment with permissions MODE (octal), prints its id and exits (it stays)
 *   shm attach SHMID    attaches that segment read-only, then writable, and prints what the server said
 *   shm hold SHMID      attaches that segment writable, prints "ready" and waits
 *   shm getinto SHMID   attaches that segment read-only and asks for an image in it
 */
#include "oracle.h"
#include <X11/extensions/XShm.h>
#include <sys/ipc.h>
#include <sys/shm.h>

static int shm_event;

static unsigned long sum(const unsigned char *p, size_t n) {
    unsigned long h = 5381;
    for (size_t i = 0; i < n; i++) h = h * 33 + p[i];
    return h;
}

static void events(const char *what) {
    XSync(dpy, False);
    printf("%s:", what);
    while (XPending(dpy)) {
        XEvent e;
        XNextEvent(dpy, &e);
        if (e.type == shm_event) {
            XShmCompletionEvent *c = (XShmCompletionEvent *) &e;
            printf(" completion(minor %d offset %lu)", c->minor_code, (unsigned long) c->offset);
        } else if (e.type == NoExpose) {
            printf(" NoExpose(%d.%d)", e.xnoexpose.major_code, e.xnoexpose.minor_code);
        } else if (e.type == GraphicsExpose) {
            printf(" GraphicsExpose");
        } else {
            printf(" event %d", e.type);
        }
    }
    printf("\n");
}

static XShmSegmentInfo segment(size_t size, int read_only) {
    XShmSegmentInfo s;
    s.shmid = shmget(IPC_PRIVATE, size, IPC_CREAT | 0600);
    s.shmaddr = shmat(s.shmid, NULL, 0);
    s.readOnly = read_only;
    memset(s.shmaddr, 0, size);
    return s;
}

static void attach_as_told(int shmid) {
    XShmSegmentInfo s = {0};
    s.shmid = shmid;
    s.shmseg = 0;
    for (int ro = 1; ro >= 0; ro--) {
        s.readOnly = ro;
        expecting_error = 1;
        XShmAttach(dpy, &s);
        XSync(dpy, False);
        printf("attached %s\n", ro ? "read-only" : "writable");
    }
}

int main(int argc, char **argv) {
    setvbuf(stdout, NULL, _IOLBF, 0);
    if (argc == 3 && strcmp(argv[1], "create") == 0) {
        int id = shmget(IPC_PRIVATE, 4096, IPC_CREAT | (int) strtol(argv[2], NULL, 8));
        printf("%d\n", id);
        return id < 0;
    }
    oracle_open(0x202020);
    int major, minor;
    Bool pixmaps;
    if (!XShmQueryVersion(dpy, &major, &minor, &pixmaps)) {
        printf("no MIT-SHM\n");
        return 1;
    }
    shm_event = XShmGetEventBase(dpy) + ShmCompletion;
    if (argc == 3 && strcmp(argv[1], "attach") == 0) {
        attach_as_told(atoi(argv[2]));
        return 0;
    }
    if (argc == 3 && (strcmp(argv[1], "hold") == 0 || strcmp(argv[1], "getinto") == 0)) {
        int hold = strcmp(argv[1], "hold") == 0;
        XShmSegmentInfo s = {0};
        s.shmid = atoi(argv[2]);
        s.shmaddr = shmat(s.shmid, NULL, SHM_RDONLY);
        s.readOnly = !hold;
        XShmAttach(dpy, &s);
        XSync(dpy, False);
        if (hold) {
            printf("ready\n");
            pause();
        }
        XImage *i = XShmCreateImage(dpy, DefaultVisual(dpy, scr), DefaultDepth(dpy, scr), ZPixmap, s.shmaddr, &s, 8, 8);
        expecting_error = 1;
        printf("get into a read-only attachment: status %d\n", XShmGetImage(dpy, root, i, 0, 0, AllPlanes));
        return 0;
    }
    Visual *vis = DefaultVisual(dpy, scr);
    int depth = DefaultDepth(dpy, scr);
    GC gc = XCreateGC(dpy, win, 0, NULL);

    /* ZPixmap, whole and in parts, through a GC with a function and a clip. */
    XShmSegmentInfo zs = segment(200 * 100 * 4, False);
    XImage *z = XShmCreateImage(dpy, vis, depth, ZPixmap, zs.shmaddr, &zs, 200, 100);
    for (int y = 0; y < 100; y++)
        for (int x = 0; x < 200; x++) XPutPixel(z, x, y, (x * 5) << 16 | (y * 7) << 8 | ((x ^ y) & 0xff));
    XShmAttach(dpy, &zs);
    XShmPutImage(dpy, win, gc, z, 0, 0, cell_x(0), cell_y(0), 200, 100, True);
    events("z whole with event");
    XShmPutImage(dpy, win, gc, z, 30, 20, cell_x(30), cell_y(30), 60, 50, True);
    events("z part with event");
    XShmPutImage(dpy, win, gc, z, 0, 10, cell_x(33), cell_y(30), 200, 30, False);
    events("z rows without event");
    XSetFunction(dpy, gc, GXxor);
    XRectangle clip = {10, 10, 70, 40};
    XSetClipRectangles(dpy, gc, cell_x(40), cell_y(40), &clip, 1, Unsorted);
    XShmPutImage(dpy, win, gc, z, 5, 5, cell_x(40), cell_y(40), 150, 80, False);
    XSetClipMask(dpy, gc, None);
    XSetFunction(dpy, gc, GXcopy);
    XSetGraphicsExposures(dpy, gc, False);
    XShmPutImage(dpy, win, gc, z, 1, 1, cell_x(44), cell_y(40), 100, 60, False);
    events("xor, clipped, no exposures");
    XSetGraphicsExposures(dpy, gc, True);

    /* XYBitmap and XYPixmap. */
    XShmSegmentInfo bs = segment(64 * 40 / 8 * 24, False);
    XImage *b = XShmCreateImage(dpy, vis, 1, XYBitmap, bs.shmaddr, &bs, 64, 40);
    for (int y = 0; y < 40; y++)
        for (int x = 0; x < 64; x++) XPutPixel(b, x, y, ((x / 3 + y / 2) & 1));
    XShmAttach(dpy, &bs);
    XSetForeground(dpy, gc, 0xff8000);
    XSetBackground(dpy, gc, 0x0000ff);
    XShmPutImage(dpy, win, gc, b, 0, 0, cell_x(6), cell_y(0), 64, 40, False);
    XShmPutImage(dpy, win, gc, b, 5, 3, cell_x(7), cell_y(0), 40, 30, True);
    events("xy bitmap whole and part");
    XImage *xy = XShmCreateImage(dpy, vis, depth, XYPixmap, bs.shmaddr, &bs, 64, 20);
    for (int y = 0; y < 20; y++)
        for (int x = 0; x < 64; x++) XPutPixel(xy, x, y, (x * 4) << 16 | (y * 12) << 8 | 0x40);
    XShmPutImage(dpy, win, gc, xy, 0, 0, cell_x(8), cell_y(0), 64, 20, False);
    XShmPutImage(dpy, win, gc, xy, 8, 2, cell_x(8), cell_y(1), 40, 16, False);
    events("xy pixmap whole and part");

    /* GetImage of a window and of a pixmap, ZPixmap and XYPixmap, into a segment. */
    XShmSegmentInfo gs = segment(200 * 100 * 4, False);
    XShmAttach(dpy, &gs);
    XImage *g = XShmCreateImage(dpy, vis, depth, ZPixmap, gs.shmaddr, &gs, 120, 90);
    XShmGetImage(dpy, win, g, cell_x(0) + 3, cell_y(0) + 4, AllPlanes);
    printf("get z window %lu\n", sum((unsigned char *) gs.shmaddr, 120 * 90 * 4));
    XShmGetImage(dpy, win, g, cell_x(0) + 3, cell_y(0) + 4, 0x00f0f0);
    printf("get z window, plane mask %lu\n", sum((unsigned char *) gs.shmaddr, 120 * 90 * 4));
    Pixmap pm = XCreatePixmap(dpy, win, 120, 90, depth);
    XCopyArea(dpy, win, pm, gc, cell_x(30), cell_y(30), 120, 90, 0, 0);
    memset(gs.shmaddr, 0, 200 * 100 * 4);
    XShmGetImage(dpy, pm, g, 0, 0, AllPlanes);
    printf("get z pixmap %lu\n", sum((unsigned char *) gs.shmaddr, 120 * 90 * 4));
    XImage *gxy = XShmCreateImage(dpy, vis, depth, XYPixmap, gs.shmaddr, &gs, 64, 32);
    memset(gs.shmaddr, 0, 200 * 100 * 4);
    XShmGetImage(dpy, pm, gxy, 5, 5, AllPlanes);
    printf("get xy pixmap %lu\n", sum((unsigned char *) gs.shmaddr, 64 / 8 * 32 * 24));
    memset(gs.shmaddr, 0, 200 * 100 * 4);
    XShmGetImage(dpy, win, gxy, cell_x(8), cell_y(0), 0x808080);
    printf("get xy window, 3 planes %lu\n", sum((unsigned char *) gs.shmaddr, 64 / 8 * 32 * 24));
    events("after the gets");

    /* Errors: sizes past the segment, unknown and detached segments, writing a read-only one. */
    expecting_error = 1;
    XImage *big = XShmCreateImage(dpy, vis, depth, ZPixmap, zs.shmaddr, &zs, 200, 101);
    XShmPutImage(dpy, win, gc, big, 0, 0, 0, 0, 10, 10, False);
    XSync(dpy, False);
    printf("(put: image a row past the segment)\n");
    XImage *bigget = XShmCreateImage(dpy, vis, depth, ZPixmap, gs.shmaddr, &gs, 200, 101);
    printf("get status %d\n", XShmGetImage(dpy, win, bigget, 0, 0, AllPlanes));
    XSync(dpy, False);
    printf("(get: image a row past the segment)\n");
    printf("get status %d\n", XShmGetImage(dpy, win, g, screen_w - 50, 0, AllPlanes));
    XSync(dpy, False);
    printf("(get: outside the window)\n");
    XShmPutImage(dpy, win, gc, z, 150, 0, 0, 0, 60, 10, False);
    XSync(dpy, False);
    printf("(put: source past the image)\n");
    XShmSegmentInfo ros = segment(4096, True);
    XShmAttach(dpy, &ros);
    XImage *ro = XShmCreateImage(dpy, vis, depth, ZPixmap, ros.shmaddr, &ros, 16, 16);
    XShmPutImage(dpy, win, gc, ro, 0, 0, cell_x(9), cell_y(0), 16, 16, False);
    printf("get status %d\n", XShmGetImage(dpy, win, ro, 0, 0, AllPlanes));
    XSync(dpy, False);
    printf("(get into a read-only segment)\n");
    XShmDetach(dpy, &zs);
    XShmPutImage(dpy, win, gc, z, 0, 0, 0, 0, 10, 10, False);
    XSync(dpy, False);
    printf("(put from a detached segment)\n");
    XShmDetach(dpy, &zs);
    XSync(dpy, False);
    printf("(detached twice)\n");
    XShmSegmentInfo none = {0};
    none.shmid = 0x7ffffff0;
    none.readOnly = False;
    XShmAttach(dpy, &none);
    XSync(dpy, False);
    printf("(attach of no segment)\n");
    shmctl(gs.shmid, IPC_RMID, NULL);
    printf("get status %d\n", XShmGetImage(dpy, win, g, 0, 0, AllPlanes));
    XSync(dpy, False);
    printf("get after the segment was removed (still attached) %lu\n", sum((unsigned char *) gs.shmaddr, 120 * 90 * 4));
    expecting_error = 0;
    events("events");
    shmctl(zs.shmid, IPC_RMID, NULL);
    shmctl(bs.shmid, IPC_RMID, NULL);
    shmctl(ros.shmid, IPC_RMID, NULL);
    printf("errors %d\n", error_count);
    printf("ready\n");
    fflush(stdout);
    pause();
    return 0;
}
