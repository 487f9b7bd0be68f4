/* Oracle area: PutImage and GetImage in ZPixmap, XYPixmap and XYBitmap formats, depth-1 and depth-24 pixmaps,
 * left pad, plane masks on GetImage; checksums of what GetImage returns are printed and the images put back. */
#include "oracle.h"

int main(void) {
    oracle_open(0x000000);
    Visual *visual = DefaultVisual(dpy, scr);
    GC gc = make_gc(win, 0xffffff, 0);
    int c = 0;
    /* ZPixmap depth 24: a gradient with structure */
    char *zdata = malloc(60 * 60 * 4);
    XImage *z = XCreateImage(dpy, visual, 24, ZPixmap, 0, zdata, 60, 60, 32, 0);
    for (int y = 0; y < 60; y++)
        for (int x = 0; x < 60; x++)
            XPutPixel(z, x, y, (x * 4) << 16 | (y * 4) << 8 | ((x ^ y) * 9 & 0xff));
    XPutImage(dpy, win, gc, z, 0, 0, cell_x(c), cell_y(c), 60, 60);
    c++;
    XPutImage(dpy, win, gc, z, 13, 7, cell_x(c) + 5, cell_y(c) + 3, 40, 50); /* sub-image */
    c++;
    /* the same image in MSB-first byte order: Xlib converts to the server's order */
    char *zdata2 = malloc(60 * 60 * 4);
    XImage *z2 = XCreateImage(dpy, visual, 24, ZPixmap, 0, zdata2, 60, 60, 32, 0);
    z2->byte_order = MSBFirst;
    for (int y = 0; y < 60; y++)
        for (int x = 0; x < 60; x++) XPutPixel(z2, x, y, XGetPixel(z, 59 - x, y));
    XPutImage(dpy, win, gc, z2, 0, 0, cell_x(c), cell_y(c), 60, 60);
    c++;
    /* ZPixmap with a function and plane mask */
    XSetFunction(dpy, gc, GXxor);
    XSetPlaneMask(dpy, gc, 0xff00ff);
    XPutImage(dpy, win, gc, z, 0, 0, cell_x(c - 3) + 20, cell_y(c - 3) + 20, 40, 40);
    XSetFunction(dpy, gc, GXcopy);
    XSetPlaneMask(dpy, gc, AllPlanes);
    /* XYBitmap: a depth-1 image drawn with foreground and background, both bit orders, with a left pad */
    static unsigned char bits[8 * 40];
    for (int i = 0; i < 8 * 40; i++) bits[i] = (unsigned char) ((i * 73) ^ (i >> 3));
    XImage *bm = XCreateImage(dpy, visual, 1, XYBitmap, 0, (char *) bits, 60, 40, 8, 8);
    XSetForeground(dpy, gc, 0xff8000);
    XSetBackground(dpy, gc, 0x0040c0);
    XPutImage(dpy, win, gc, bm, 0, 0, cell_x(c), cell_y(c), 60, 40);
    c++;
    bm->bitmap_bit_order = MSBFirst;
    XPutImage(dpy, win, gc, bm, 3, 1, cell_x(c), cell_y(c), 50, 30); /* src_x 3: left pad */
    c++;
    bm->bitmap_bit_order = LSBFirst;
    XSetFillStyle(dpy, gc, FillSolid);
    XSetFunction(dpy, gc, GXor);
    XPutImage(dpy, win, gc, bm, 5, 0, cell_x(c), cell_y(c), 55, 40);
    XSetFunction(dpy, gc, GXcopy);
    c++;
    /* XYPixmap depth 24 */
    XImage *xy = XCreateImage(dpy, visual, 24, XYPixmap, 0, NULL, 60, 60, 32, 0);
    xy->data = calloc(1, xy->bytes_per_line * 60 * 24);
    for (int y = 0; y < 60; y++)
        for (int x = 0; x < 60; x++) XPutPixel(xy, x, y, ((x * 7) << 16) ^ (y * 1021) ^ (x * y));
    XPutImage(dpy, win, gc, xy, 0, 0, cell_x(c), cell_y(c), 60, 60);
    c++;
    XPutImage(dpy, win, gc, xy, 9, 4, cell_x(c), cell_y(c), 45, 50);
    c++;
    /* depth-1 pixmap: PutImage XYBitmap and XYPixmap into it, then CopyPlane onto the window */
    Pixmap bit = XCreatePixmap(dpy, win, 60, 40, 1);
    GC bgc = make_gc(bit, 1, 0);
    XPutImage(dpy, bit, bgc, bm, 0, 0, 0, 0, 60, 40);
    XImage *xy1 = XCreateImage(dpy, visual, 1, XYPixmap, 0, NULL, 20, 20, 32, 0);
    xy1->data = calloc(1, xy1->bytes_per_line * 20);
    for (int y = 0; y < 20; y++)
        for (int x = 0; x < 20; x++) XPutPixel(xy1, x, y, (x / 4 + y / 4) & 1);
    XPutImage(dpy, bit, bgc, xy1, 0, 0, 30, 10, 20, 20);
    XImage *z1 = XCreateImage(dpy, visual, 1, ZPixmap, 0, NULL, 16, 16, 32, 0);
    z1->data = calloc(1, z1->bytes_per_line * 16);
    for (int y = 0; y < 16; y++)
        for (int x = 0; x < 16; x++) XPutPixel(z1, x, y, x == y || x == 15 - y);
    XPutImage(dpy, bit, bgc, z1, 0, 0, 2, 20, 16, 16);
    XSetForeground(dpy, gc, 0xffffff);
    XSetBackground(dpy, gc, 0x800000);
    XCopyPlane(dpy, bit, win, gc, 0, 0, 60, 40, cell_x(c), cell_y(c), 1);
    c++;
    /* GetImage back from the window and from pixmaps, in each format; print checksums, put them back */
    c = 10;
    XImage *g1 = XGetImage(dpy, win, cell_x(0), cell_y(0), 64, 64, AllPlanes, ZPixmap);
    print_image_hash("window-z", g1);
    XPutImage(dpy, win, gc, g1, 0, 0, cell_x(c), cell_y(c), 64, 64);
    c++;
    XImage *g2 = XGetImage(dpy, win, cell_x(3), cell_y(3), 64, 64, AllPlanes, XYPixmap);
    print_image_hash("window-xy", g2);
    XPutImage(dpy, win, gc, g2, 0, 0, cell_x(c), cell_y(c), 64, 64);
    c++;
    XImage *g3 = XGetImage(dpy, win, cell_x(6), cell_y(6), 60, 60, 0x00f0f0, ZPixmap);
    print_image_hash("window-z-planes", g3);
    XPutImage(dpy, win, gc, g3, 0, 0, cell_x(c), cell_y(c), 60, 60);
    c++;
    XImage *g4 = XGetImage(dpy, win, cell_x(1), cell_y(1), 60, 60, 0x80c0e0, XYPixmap);
    print_image_hash("window-xy-planes", g4); /* a depth-6 image: only its checksum is compared */
    c++;
    XImage *g5 = XGetImage(dpy, bit, 0, 0, 60, 40, AllPlanes, ZPixmap);
    print_image_hash("bitmap-z", g5);
    XImage *g6 = XGetImage(dpy, bit, 0, 0, 60, 40, 1, XYPixmap);
    print_image_hash("bitmap-xy", g6);
    XSetForeground(dpy, gc, 0x00ff00);
    XSetBackground(dpy, gc, 0x000080);
    g6->format = XYBitmap;
    XPutImage(dpy, win, gc, g6, 0, 0, cell_x(c), cell_y(c), 60, 40);
    c++;
    Pixmap deep = XCreatePixmap(dpy, win, 40, 40, 24);
    GC dgc = make_gc(deep, 0, 0);
    XPutImage(dpy, deep, dgc, z, 10, 10, 0, 0, 40, 40);
    XImage *g7 = XGetImage(dpy, deep, 0, 0, 40, 40, AllPlanes, ZPixmap);
    print_image_hash("pixmap24-z", g7);
    XImage *g8 = XGetImage(dpy, deep, 5, 5, 30, 30, 0xff0000, XYPixmap);
    print_image_hash("pixmap24-xy-red", g8);
    XPutImage(dpy, win, gc, g7, 0, 0, cell_x(c), cell_y(c), 40, 40);
    c++;
    /* GetImage of the root window = the composed screen */
    XImage *g9 = XGetImage(dpy, root, 0, 0, 200, 70, AllPlanes, ZPixmap);
    print_image_hash("root-z", g9);
    XPutImage(dpy, win, gc, g9, 0, 0, cell_x(20), cell_y(20), 200, 70);
    /* a large image, split by Xlib into several requests or sent through BIG-REQUESTS */
    int bw = 600, bh = 150;
    XImage *big = XCreateImage(dpy, visual, 24, ZPixmap, 0, malloc(bw * bh * 4), bw, bh, 32, 0);
    for (int y = 0; y < bh; y++)
        for (int x = 0; x < bw; x++) XPutPixel(big, x, y, (x * 0x10203) ^ (y * 0x30201));
    XPutImage(dpy, win, gc, big, 0, 0, 20, 320, bw, bh);
    XImage *g10 = XGetImage(dpy, win, 20, 320, bw, bh, AllPlanes, ZPixmap);
    print_image_hash("big-z", g10);
    oracle_done();
    return 0;
}
