/*
 * MIT-SHM shared pixmaps through Xlib's XShm: pixmaps made in System V segments at depths 24 and 32, drawn by the
 * client (writing the segment) and by the server (core drawing, RENDER), used after Detach, and the errors of
 * CreatePixmap. Prints the version answer, checksums of the segment after each server drawing and the errors it
 * sees, then "ready".
 *   shmpixmap               the scene (output and screen compared with Xvfb)
 *   shmpixmap depths        tries shared pixmaps at depths 1, 4, 8 and 16 and says what the server answered
 *   shmpixmap keep SHMID    attaches that segment, makes a pixmap in it, detaches, prints "ready" and waits
 */
#include "oracle.h"
#include <X11/extensions/XShm.h>
#include <X11/extensions/Xrender.h>
#include <sys/ipc.h>
#include <sys/shm.h>

static unsigned long sum(const unsigned char *p, size_t n) {
    unsigned long h = 5381;
    for (size_t i = 0; i < n; i++) h = h * 33 + p[i];
    return h;
}

static XShmSegmentInfo segment(size_t size, int read_only) {
    XShmSegmentInfo s;
    s.shmid = shmget(IPC_PRIVATE, size, IPC_CREAT | 0600);
    s.shmaddr = shmat(s.shmid, NULL, 0);
    s.readOnly = read_only;
    memset(s.shmaddr, 0, size);
    XShmAttach(dpy, &s);
    XSync(dpy, False);
    shmctl(s.shmid, IPC_RMID, NULL); /* gone once both sides detach */
    return s;
}

/* Makes a shared pixmap and says whether the server made it (errors are printed by on_error). */
static Pixmap try_pixmap(const char *what, XShmSegmentInfo *s, char *at, int w, int h, int depth) {
    expecting_error = 1;
    Pixmap p = XShmCreatePixmap(dpy, win, at, s, w, h, depth);
    XSync(dpy, False);
    expecting_error = 0;
    printf("(%s)\n", what);
    return p;
}

int main(int argc, char **argv) {
    setvbuf(stdout, NULL, _IOLBF, 0);
    oracle_open(0x203040);
    int major, minor;
    Bool pixmaps;
    if (!XShmQueryVersion(dpy, &major, &minor, &pixmaps)) {
        printf("no MIT-SHM\n");
        return 1;
    }
    printf("MIT-SHM %d.%d shared pixmaps %d format %d\n", major, minor, pixmaps, XShmPixmapFormat(dpy));
    if (argc == 2 && strcmp(argv[1], "depths") == 0) {
        XShmSegmentInfo s = segment(64 * 64 * 4, False);
        int depths[] = {1, 4, 8, 16};
        for (int i = 0; i < 4; i++) {
            char what[64];
            snprintf(what, sizeof what, "depth %d", depths[i]);
            try_pixmap(what, &s, s.shmaddr, 64, 64, depths[i]);
        }
        printf("ready\n");
        return 0;
    }
    if (argc == 3 && strcmp(argv[1], "keep") == 0) {
        XShmSegmentInfo s = {0};
        s.shmid = atoi(argv[2]);
        s.shmaddr = shmat(s.shmid, NULL, 0);
        XShmAttach(dpy, &s);
        Pixmap p = XShmCreatePixmap(dpy, win, s.shmaddr, &s, 16, 16, DefaultDepth(dpy, scr));
        XShmDetach(dpy, &s);
        XSync(dpy, False);
        printf("pixmap 0x%lx\n", p);
        printf("ready\n");
        pause();
        return 0;
    }
    Visual *vis = DefaultVisual(dpy, scr);
    int depth = DefaultDepth(dpy, scr);
    GC gc = XCreateGC(dpy, win, 0, NULL);

    /* A depth-24 pixmap 4096 bytes into its segment: the client's pixels, then the server's drawing, both ways. */
    const int W = 100, H = 60;
    XShmSegmentInfo s = segment(4096 + W * H * 4 + 4096, False);
    unsigned int *px = (unsigned int *) (s.shmaddr + 4096);
    for (int y = 0; y < H; y++)
        for (int x = 0; x < W; x++) px[y * W + x] = (x * 2) << 16 | (y * 4) << 8 | ((x ^ y) & 0xff);
    Pixmap p = try_pixmap("pixmap at 4096", &s, s.shmaddr + 4096, W, H, depth);
    XCopyArea(dpy, p, win, gc, 0, 0, W, H, cell_x(0), cell_y(0));
    XSetForeground(dpy, gc, 0xff4000);
    XFillRectangle(dpy, p, gc, 10, 10, 30, 20);
    XSetLineAttributes(dpy, gc, 3, LineSolid, CapRound, JoinRound);
    XDrawLine(dpy, p, gc, 0, H - 1, W - 1, 0);
    XDrawArc(dpy, p, gc, 40, 5, 50, 40, 0, 300 * 64);
    XSync(dpy, False);
    printf("after core drawing %lu\n", sum((unsigned char *) px, W * H * 4));
    printf("bytes before and after untouched %lu %lu\n", sum((unsigned char *) s.shmaddr, 4096),
           sum((unsigned char *) (px + W * H), 4096));
    for (int y = 20; y < 30; y++)
        for (int x = 0; x < W; x++) px[y * W + x] = 0x00c0ff;
    XCopyArea(dpy, p, win, gc, 0, 0, W, H, cell_x(2), cell_y(0));
    XCopyArea(dpy, win, p, gc, cell_x(0), cell_y(0), 40, 40, 50, 15);
    XSync(dpy, False);
    printf("after a copy from the window %lu\n", sum((unsigned char *) px, W * H * 4));

    /* RENDER on it (pixman composites in the segment). */
    Picture pic = XRenderCreatePicture(dpy, p, XRenderFindVisualFormat(dpy, vis), 0, NULL);
    XRenderColor half = {0x8000, 0x0000, 0x6000, 0x8000};
    XRenderFillRectangle(dpy, PictOpOver, pic, &half, 20, 25, 60, 30);
    XSync(dpy, False);
    printf("after render %lu\n", sum((unsigned char *) px, W * H * 4));
    XCopyArea(dpy, p, win, gc, 0, 0, W, H, cell_x(4), cell_y(0));

    /* A GC tile of it, and GetImage from it into another segment. */
    XShmSegmentInfo g = segment(W * H * 4, False);
    XImage *gi = XShmCreateImage(dpy, vis, depth, ZPixmap, g.shmaddr, &g, W, H);
    XShmGetImage(dpy, p, gi, 0, 0, AllPlanes);
    printf("get image of it %lu (same bytes: %d)\n", sum((unsigned char *) g.shmaddr, W * H * 4),
           memcmp(g.shmaddr, px, W * H * 4) == 0);
    XSetTile(dpy, gc, p);
    XSetFillStyle(dpy, gc, FillTiled);
    for (int y = 0; y < H; y++) px[y * W + y] = 0xffffff;
    XFillRectangle(dpy, win, gc, cell_x(0), cell_y(1), 200, 90);
    XSetFillStyle(dpy, gc, FillSolid);

    /* Detached: the pixmap still draws and is drawn in the client's memory. */
    XShmDetach(dpy, &s);
    XSync(dpy, False);
    XSetForeground(dpy, gc, 0x00ff00);
    XFillRectangle(dpy, p, gc, 60, 40, 30, 15);
    XSync(dpy, False);
    printf("drawn after detach %lu\n", sum((unsigned char *) px, W * H * 4));
    for (int x = 0; x < W; x++) px[5 * W + x] = 0xff00ff;
    XCopyArea(dpy, p, win, gc, 0, 0, W, H, cell_x(4), cell_y(1));
    XRenderFreePicture(dpy, pic);

    /* Depth 32, premultiplied ARGB, composited over the window. */
    XShmSegmentInfo a = segment(64 * 64 * 4, False);
    unsigned int *ap = (unsigned int *) a.shmaddr;
    for (int y = 0; y < 64; y++)
        for (int x = 0; x < 64; x++) {
            unsigned int al = (x * 4) & 0xff;
            ap[y * 64 + x] = al << 24 | ((al * 3 / 4) << 16) | ((al * (y * 4 & 0xff) / 255) << 8);
        }
    Pixmap p32 = try_pixmap("depth 32", &a, a.shmaddr, 64, 64, 32);
    Picture src = XRenderCreatePicture(dpy, p32, XRenderFindStandardFormat(dpy, PictStandardARGB32), 0, NULL);
    Picture dst = XRenderCreatePicture(dpy, win, XRenderFindVisualFormat(dpy, vis), 0, NULL);
    XRenderComposite(dpy, PictOpOver, src, None, dst, 0, 0, 0, 0, cell_x(6), cell_y(0), 64, 64);
    XRenderFillRectangle(dpy, PictOpSrc, src, &half, 0, 0, 16, 16);
    XSync(dpy, False);
    printf("depth 32 after render %lu\n", sum((unsigned char *) ap, 64 * 64 * 4));
    XRenderComposite(dpy, PictOpOver, src, None, dst, 0, 0, 0, 0, cell_x(7), cell_y(0), 64, 64);

    /* Errors. */
    XShmSegmentInfo e = segment(64 * 64 * 4, False);
    try_pixmap("a row past the segment", &e, e.shmaddr, 64, 65, depth);
    try_pixmap("offset past the segment", &e, e.shmaddr + 64 * 64 * 4 + 4, 1, 1, depth);
    try_pixmap("offset at the end", &e, e.shmaddr + 64 * 64 * 4, 1, 1, depth);
    try_pixmap("offset not a multiple of 4", &e, e.shmaddr + 2, 8, 8, depth);
    try_pixmap("zero width", &e, e.shmaddr, 0, 8, depth);
    try_pixmap("zero height", &e, e.shmaddr, 8, 0, depth);
    try_pixmap("depth 7", &e, e.shmaddr, 8, 8, 7);
    try_pixmap("depth 0", &e, e.shmaddr, 8, 8, 0);
    try_pixmap("width 40000", &e, e.shmaddr, 40000, 1, depth);
    try_pixmap("detached segment", &s, s.shmaddr, 8, 8, depth);
    XShmSegmentInfo r = segment(4096, True);
    try_pixmap("read-only segment", &r, r.shmaddr, 8, 8, depth);
    XShmSegmentInfo none = e;
    none.shmseg = XAllocID(dpy);
    try_pixmap("unknown segment", &none, e.shmaddr, 8, 8, depth);
    expecting_error = 1;
    Pixmap q = XShmCreatePixmap(dpy, 0x7fff0001, e.shmaddr, &e, 8, 8, depth);
    XSync(dpy, False);
    printf("(bad drawable)\n");
    XShmSegmentInfo used = e;
    used.shmseg = p;
    try_pixmap("a segment id that is a pixmap", &used, e.shmaddr, 8, 8, depth);
    expecting_error = 1;
    XFreePixmap(dpy, p);
    XCopyArea(dpy, p, win, gc, 0, 0, 8, 8, 0, 0);
    XSync(dpy, False);
    printf("(freed after detach, then used)\n");
    expecting_error = 0;
    (void) q;
    printf("errors %d\n", error_count);
    printf("ready\n");
    fflush(stdout);
    pause();
    return 0;
}
