/*
 * Shared scaffolding of the pixel-oracle drawing programs (see PixelOracleTest).
 * Each program opens $DISPLAY, maps one override-redirect window covering the screen, waits for its
 * Expose, draws a deterministic scene into a grid of cells, XSyncs, prints protocol errors and
 * GetImage checksums it saw, then prints "ready" and sleeps until killed: the test captures the
 * screen with xwd -root while the program is still connected (a server resets when its last client
 * leaves). Output on stdout must be identical on Xvfb and on Sumac.
 */
#include <X11/Xlib.h>
#include <X11/Xutil.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define CELL 64 /* cell size in pixels; a 640x480 screen holds 10x7 cells plus a margin */

static Display *dpy;
static int scr;
static Window root, win;
static int screen_w, screen_h;
static int error_count;
static int expecting_error; /* set around a request that must fail: its error is printed but not counted */

static __attribute__((unused)) int on_error(Display *d, XErrorEvent *e) {
    char text[128];
    XGetErrorText(d, e->error_code, text, sizeof text);
    printf("%sX error %d (%s) request %d.%d\n", expecting_error ? "expected " : "", e->error_code, text,
           e->request_code, e->minor_code);
    if (!expecting_error) error_count++;
    return 0;
}

/* Opens the display and maps the full-screen drawing window with the given background. */
static __attribute__((unused)) void oracle_open(unsigned long background) {
    dpy = XOpenDisplay(NULL);
    if (!dpy) {
        fprintf(stderr, "cannot open display %s\n", XDisplayName(NULL));
        exit(2);
    }
    XSetErrorHandler(on_error);
    scr = DefaultScreen(dpy);
    root = RootWindow(dpy, scr);
    screen_w = DisplayWidth(dpy, scr);
    screen_h = DisplayHeight(dpy, scr);
    XSetWindowAttributes a;
    a.override_redirect = True;
    a.background_pixel = background;
    a.event_mask = ExposureMask;
    win = XCreateWindow(dpy, root, 0, 0, screen_w, screen_h, 0, CopyFromParent, InputOutput, CopyFromParent,
                        CWOverrideRedirect | CWBackPixel | CWEventMask, &a);
    XMapWindow(dpy, win);
    XEvent ev;
    XWindowEvent(dpy, win, ExposureMask, &ev);
}

/* Top-left corner of cell i (row-major, 10 per row, 4-pixel margin). */
static __attribute__((unused)) int cell_x(int i) { return 4 + (i % 10) * CELL; }
static __attribute__((unused)) int cell_y(int i) { return 4 + (i / 10) * CELL; }

/* A fresh GC on d with foreground fg, background bg and everything else default. */
static __attribute__((unused)) GC make_gc(Drawable d, unsigned long fg, unsigned long bg) {
    XGCValues v;
    v.foreground = fg;
    v.background = bg;
    v.graphics_exposures = False;
    return XCreateGC(dpy, d, GCForeground | GCBackground | GCGraphicsExposures, &v);
}

/* FNV-1a over 32-bit values, for GetImage checksums. */
static __attribute__((unused)) unsigned long fnv(unsigned long h, unsigned long v) {
    for (int i = 0; i < 4; i++) {
        h ^= (v >> (8 * i)) & 0xff;
        h = (h * 16777619UL) & 0xffffffffUL;
    }
    return h;
}

/* Prints a checksum of an XImage's pixels (masked to 24 bits) under a label. */
static __attribute__((unused)) void print_image_hash(const char *label, XImage *im) {
    unsigned long h = 2166136261UL;
    for (int y = 0; y < im->height; y++)
        for (int x = 0; x < im->width; x++)
            h = fnv(h, XGetPixel(im, x, y) & 0xffffff);
    printf("image %s %dx%d depth %d hash %08lx\n", label, im->width, im->height, im->depth, h);
}

/* Flushes everything, reports, and waits to be killed. */
static __attribute__((unused)) void oracle_done(void) {
    XSync(dpy, False);
    XEvent ev;
    while (XCheckMaskEvent(dpy, ~0L, &ev)) {
        /* drain events so nothing is pending; their content is not part of the oracle */
    }
    printf("errors %d\nready\n", error_count);
    fflush(stdout);
    for (;;) pause();
}
