/*
 * RENDER: every operator, a matrix of source, mask and destination formats, repeats, transforms, filters,
 * gradients, clips, alpha maps, trapezoids, triangles, glyphs and FillRectangles. Results land on the screen
 * (x8r8g8b8 window) and, for the formats a screen cannot show, as GetImage checksums of the pixmaps.
 */
#include "oracle.h"
#include <X11/extensions/Xrender.h>

static XRenderPictFormat *fmt(int std) { return XRenderFindStandardFormat(dpy, std); }

/* A pixmap of depth d with a picture of format f, filled with a deterministic premultiplied pattern. */
static Picture pattern(int w, int h, XRenderPictFormat *f, int seed, Pixmap *out) {
    Pixmap p = XCreatePixmap(dpy, win, w, h, f->depth);
    XImage *im = XGetImage(dpy, p, 0, 0, w, h, AllPlanes, ZPixmap);
    for (int y = 0; y < h; y++)
        for (int x = 0; x < w; x++) {
            unsigned a = (x * 9 + y * 5 + seed * 37) & 0xff;
            if ((x + y + seed) % 7 == 0) a = 0xff;
            unsigned r = ((x * 17 + seed * 11) & 0xff) * a / 255, g = ((y * 13 + seed * 3) & 0xff) * a / 255,
                     b = (((x ^ y) * 23 + seed) & 0xff) * a / 255;
            unsigned long pix;
            if (f->depth == 1) pix = (x + y + seed) & 1;
            else if (f->depth == 8) pix = a;
            else {
                pix = 0;
                pix |= (unsigned long) (r >> (8 - __builtin_popcount(f->direct.redMask))) << f->direct.red;
                pix |= (unsigned long) (g >> (8 - __builtin_popcount(f->direct.greenMask))) << f->direct.green;
                pix |= (unsigned long) (b >> (8 - __builtin_popcount(f->direct.blueMask))) << f->direct.blue;
                if (f->direct.alphaMask)
                    pix |= (unsigned long) (a >> (8 - __builtin_popcount(f->direct.alphaMask))) << f->direct.alpha;
            }
            XPutPixel(im, x, y, pix);
        }
    GC gc = XCreateGC(dpy, p, 0, NULL);
    XPutImage(dpy, p, gc, im, 0, 0, 0, 0, w, h);
    XFreeGC(dpy, gc);
    XDestroyImage(im);
    if (out) *out = p;
    return XRenderCreatePicture(dpy, p, f, 0, NULL);
}

static void hash_drawable(const char *label, Drawable d, int w, int h) {
    XImage *im = XGetImage(dpy, d, 0, 0, w, h, AllPlanes, ZPixmap);
    unsigned long hsh = 2166136261UL;
    for (int y = 0; y < h; y++)
        for (int x = 0; x < w; x++) hsh = fnv(hsh, XGetPixel(im, x, y));
    printf("%s %08lx\n", label, hsh);
    XDestroyImage(im);
}

static int cell;
static Picture winpic;

static void next(int *x, int *y) {
    *x = cell_x(cell);
    *y = cell_y(cell);
    cell++;
}

static XFixed fx(double v) { return XDoubleToFixed(v); }

int main(void) {
    oracle_open(0x336699);
    XRenderPictFormat *argb = fmt(PictStandardARGB32), *a8 = fmt(PictStandardA8),
                      *a1 = fmt(PictStandardA1);
    winpic = XRenderCreatePicture(dpy, win, XRenderFindVisualFormat(dpy, DefaultVisual(dpy, scr)), 0, NULL);
    Pixmap srcpix;
    Picture src = pattern(32, 32, argb, 1, &srcpix);
    Picture mask = pattern(32, 32, a8, 2, NULL);
    Picture camask = pattern(32, 32, argb, 3, NULL);
    int x, y;

    /* 1. every operator, onto an ARGB pixmap (checksummed) and onto the window, with and without a mask */
    static const int ops[] = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26,
                              27, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 48, 49, 50, 51, 52, 53, 54, 55, 56,
                              57, 58, 59, 60, 61, 62};
    for (unsigned i = 0; i < sizeof ops / sizeof ops[0]; i++) {
        Pixmap dp;
        Picture dst = pattern(32, 32, argb, 5 + i, &dp);
        XRenderComposite(dpy, ops[i], src, None, dst, 0, 0, 0, 0, 0, 0, 32, 32);
        char label[64];
        snprintf(label, sizeof label, "op %d", ops[i]);
        hash_drawable(label, dp, 32, 32);
        XRenderComposite(dpy, ops[i], src, mask, dst, 3, 1, 2, 5, 0, 0, 32, 32);
        snprintf(label, sizeof label, "op %d masked", ops[i]);
        hash_drawable(label, dp, 32, 32);
        XRenderComposite(dpy, ops[i], src, camask, dst, 0, 0, 0, 0, 0, 0, 32, 32);
        if (i % 2 == 0) {
            next(&x, &y);
            XRenderComposite(dpy, ops[i], dst, None, winpic, 0, 0, 0, 0, x, y, 32, 32);
            XRenderComposite(dpy, ops[i], src, mask, winpic, 0, 0, 0, 0, x + 32, y, 32, 32);
            XRenderComposite(dpy, ops[i], src, None, winpic, 4, 4, 0, 0, x, y + 32, 32, 32);
        }
        XRenderFreePicture(dpy, dst);
        XFreePixmap(dpy, dp);
    }
    {   /* component alpha */
        XRenderPictureAttributes pa;
        pa.component_alpha = True;
        XRenderChangePicture(dpy, camask, CPComponentAlpha, &pa);
        next(&x, &y);
        XRenderComposite(dpy, PictOpOver, src, camask, winpic, 0, 0, 0, 0, x, y, 32, 32);
        XRenderComposite(dpy, PictOpAdd, src, camask, winpic, 0, 0, 0, 0, x + 32, y, 32, 32);
        XRenderComposite(dpy, PictOpSrc, src, camask, winpic, 0, 0, 0, 0, x, y + 32, 32, 32);
    }

    /* 2. destination formats: every format Xvfb lists, Over / Src / Add with and without a mask */
    for (int k = 0;; k++) {
        XRenderPictFormat *f = XRenderFindFormat(dpy, 0, NULL, k);
        if (!f) break;
        Pixmap dp;
        Picture dst = pattern(24, 24, f, k, &dp);
        Picture s2 = pattern(24, 24, f, k + 9, NULL);
        char label[64];
        XRenderComposite(dpy, PictOpOver, src, None, dst, 0, 0, 0, 0, 0, 0, 24, 24);
        snprintf(label, sizeof label, "format 0x%lx over", f->id);
        hash_drawable(label, dp, 24, 24);
        XRenderComposite(dpy, PictOpAdd, s2, mask, dst, 0, 0, 1, 1, 2, 2, 20, 20);
        snprintf(label, sizeof label, "format 0x%lx add masked", f->id);
        hash_drawable(label, dp, 24, 24);
        XRenderComposite(dpy, PictOpSrc, s2, None, dst, 3, 3, 0, 0, 0, 0, 12, 12);
        XRenderComposite(dpy, PictOpOver, dst, s2, src ? dst : dst, 0, 0, 0, 0, 12, 12, 12, 12);
        snprintf(label, sizeof label, "format 0x%lx src", f->id);
        hash_drawable(label, dp, 24, 24);
        XRenderColor col = {0x8000, 0x4000, 0xc000, 0x9999};
        XRectangle rr[2] = {{1, 1, 10, 5}, {6, 3, 15, 15}};
        XRenderFillRectangles(dpy, PictOpOver, dst, &col, rr, 2);
        snprintf(label, sizeof label, "format 0x%lx fill over", f->id);
        hash_drawable(label, dp, 24, 24);
        XRenderFillRectangles(dpy, PictOpSrc, dst, &col, rr, 1);
        snprintf(label, sizeof label, "format 0x%lx fill src", f->id);
        hash_drawable(label, dp, 24, 24);
        if (f->depth == 24 || f->depth == 32) {
            if (k % 2 == 0) next(&x, &y);
            XRenderComposite(dpy, PictOpSrc, dst, None, winpic, 0, 0, 0, 0, x + (k % 2) * 32, y, 24, 24);
            XRenderComposite(dpy, PictOpOver, dst, mask, winpic, 0, 0, 0, 0, x + (k % 2) * 32, y + 32, 24, 24);
        }
        XRenderFreePicture(dpy, dst);
        XRenderFreePicture(dpy, s2);
        XFreePixmap(dpy, dp);
    }

    /* 3. repeats, transforms and filters */
    {
        Picture tile = pattern(8, 8, argb, 4, NULL);
        double scales[][6] = {{1, 0, 0, 0, 1, 0}, {0.5, 0, 0, 0, 0.5, 0}, {1.7, 0.3, -3, -0.4, 1.2, 2},
                              {0.7071, 0.7071, 0, -0.7071, 0.7071, 4}};
        const char *filters[] = {"nearest", "bilinear", "good", "convolution"};
        XFixed conv[] = {fx(3), fx(3), fx(0.0625), fx(0.125), fx(0.0625), fx(0.125), fx(0.25), fx(0.125),
                         fx(0.0625), fx(0.125), fx(0.0625)};
        for (int rep = 0; rep < 4; rep++) {
            XRenderPictureAttributes pa;
            pa.repeat = rep;
            XRenderChangePicture(dpy, tile, CPRepeat, &pa);
            XRenderChangePicture(dpy, src, CPRepeat, &pa);
            for (int t = 0; t < 4; t++) {
                XTransform tr = {{{fx(scales[t][0]), fx(scales[t][1]), fx(scales[t][2])},
                                  {fx(scales[t][3]), fx(scales[t][4]), fx(scales[t][5])},
                                  {0, 0, fx(1)}}};
                XRenderSetPictureTransform(dpy, tile, &tr);
                XRenderSetPictureTransform(dpy, src, &tr);
                next(&x, &y);
                for (int fi = 0; fi < 4; fi++) {
                    if (fi == 3) XRenderSetPictureFilter(dpy, tile, filters[fi], conv, 11);
                    else XRenderSetPictureFilter(dpy, tile, filters[fi], NULL, 0);
                    XRenderSetPictureFilter(dpy, src, filters[fi % 3], NULL, 0);
                    XRenderComposite(dpy, PictOpOver, tile, None, winpic, -3, -2, 0, 0, x + (fi % 2) * 30,
                                     y + (fi / 2) * 30, 30, 30);
                }
                XRenderComposite(dpy, PictOpOver, src, mask, winpic, 5, 5, 0, 0, x + 10, y + 10, 40, 40);
            }
            XTransform id = {{{fx(1), 0, 0}, {0, fx(1), 0}, {0, 0, fx(1)}}};
            XRenderSetPictureTransform(dpy, src, &id);
            XRenderSetPictureFilter(dpy, src, "nearest", NULL, 0);
        }
        XRenderPictureAttributes pa;
        pa.repeat = RepeatNone;
        XRenderChangePicture(dpy, src, CPRepeat, &pa);
    }

    /* 4. gradients with every repeat */
    {
        XFixed stops[] = {0, fx(0.3), fx(0.7), fx(1)};
        XRenderColor cols[] = {{0xffff, 0, 0, 0xffff}, {0, 0x8000, 0, 0x8000}, {0, 0, 0xffff, 0xffff},
                               {0x4000, 0x4000, 0x4000, 0x4000}};
        XLinearGradient lg = {{fx(5), fx(3)}, {fx(40), fx(27)}};
        XRadialGradient rg = {{fx(20), fx(20), fx(3)}, {fx(30), fx(28), fx(25)}};
        XConicalGradient cg = {{fx(32), fx(32)}, fx(45)};
        Picture g[3] = {XRenderCreateLinearGradient(dpy, &lg, stops, cols, 4),
                        XRenderCreateRadialGradient(dpy, &rg, stops, cols, 4),
                        XRenderCreateConicalGradient(dpy, &cg, stops, cols, 4)};
        for (int k = 0; k < 3; k++) {
            next(&x, &y);
            for (int rep = 0; rep < 4; rep++) {
                XRenderPictureAttributes pa;
                pa.repeat = rep;
                XRenderChangePicture(dpy, g[k], CPRepeat, &pa);
                XRenderComposite(dpy, rep % 2 ? PictOpOver : PictOpSrc, g[k], None, winpic, 0, 0, 0, 0,
                                 x + (rep % 2) * 32, y + (rep / 2) * 32, 32, 32);
            }
            XRenderFreePicture(dpy, g[k]);
        }
        XRenderColor solidc = {0x3000, 0x9000, 0x2000, 0xa000};
        Picture solid = XRenderCreateSolidFill(dpy, &solidc);
        next(&x, &y);
        XRenderComposite(dpy, PictOpOver, solid, mask, winpic, 0, 0, 0, 0, x, y, 32, 32);
        XRenderComposite(dpy, PictOpAdd, solid, None, winpic, 0, 0, 0, 0, x + 20, y + 20, 40, 40);
        XRenderFreePicture(dpy, solid);
    }

    /* 5. clips, alpha maps, subwindow mode */
    {
        XRectangle cr[3] = {{0, 0, 20, 10}, {10, 15, 30, 20}, {40, 40, 8, 8}};
        Picture clipped = XRenderCreatePicture(dpy, win, XRenderFindVisualFormat(dpy, DefaultVisual(dpy, scr)), 0, NULL);
        next(&x, &y);
        XRenderSetPictureClipRectangles(dpy, clipped, x, y, cr, 3);
        XRenderComposite(dpy, PictOpOver, src, None, clipped, 0, 0, 0, 0, x, y, 64, 64);
        XRenderFreePicture(dpy, clipped);
        Pixmap bm = XCreatePixmap(dpy, win, 30, 30, 1);
        GC g1 = XCreateGC(dpy, bm, 0, NULL);
        XSetForeground(dpy, g1, 0);
        XFillRectangle(dpy, bm, g1, 0, 0, 30, 30);
        XSetForeground(dpy, g1, 1);
        XFillArc(dpy, bm, g1, 2, 2, 26, 26, 0, 360 * 64);
        XRenderPictureAttributes pa;
        pa.clip_mask = bm;
        pa.clip_x_origin = 5;
        pa.clip_y_origin = 3;
        Picture cm = XRenderCreatePicture(dpy, win, XRenderFindVisualFormat(dpy, DefaultVisual(dpy, scr)),
                                          CPClipMask | CPClipXOrigin | CPClipYOrigin, &pa);
        next(&x, &y);
        XRenderComposite(dpy, PictOpSrc, src, None, cm, 0, 0, 0, 0, x, y, 32, 32);
        XRenderFreePicture(dpy, cm);
        /* a source with a client clip */
        Picture src2 = pattern(32, 32, argb, 7, NULL);
        XRenderSetPictureClipRectangles(dpy, src2, 0, 0, cr, 2);
        XRenderComposite(dpy, PictOpOver, src2, None, winpic, 0, 0, 0, 0, x + 32, y + 32, 32, 32);
        /* alpha map on the source */
        Pixmap amp;
        Picture am = pattern(32, 32, a8, 8, &amp);
        pa.alpha_map = am;
        pa.alpha_x_origin = 3;
        pa.alpha_y_origin = 2;
        XRenderChangePicture(dpy, src2, CPAlphaMap | CPAlphaXOrigin | CPAlphaYOrigin, &pa);
        XRenderSetPictureClipRectangles(dpy, src2, 0, 0, NULL, 0);
        XRenderComposite(dpy, PictOpOver, src2, None, winpic, 0, 0, 0, 0, x + 32, y, 32, 32);
        /* alpha map on a destination: pixman writes the alpha there */
        {
            Pixmap dp, dam;
            Picture d2 = pattern(32, 32, argb, 9, &dp), da = pattern(32, 32, a8, 10, &dam);
            XRenderPictureAttributes pb;
            pb.alpha_map = da;
            pb.alpha_x_origin = -2;
            pb.alpha_y_origin = 1;
            XRenderChangePicture(dpy, d2, CPAlphaMap | CPAlphaXOrigin | CPAlphaYOrigin, &pb);
            XRenderComposite(dpy, PictOpOver, src, mask, d2, 0, 0, 0, 0, 0, 0, 32, 32);
            hash_drawable("dst alpha map: destination", dp, 32, 32);
            hash_drawable("dst alpha map: its alpha", dam, 32, 32);
        }
        /* a child window: ClipByChildren then IncludeInferiors */
        Window child = XCreateSimpleWindow(dpy, win, 0, 0, 20, 20, 0, 0, 0xaa5500);
        next(&x, &y);
        XMoveWindow(dpy, child, x + 10, y + 10);
        XMapWindow(dpy, child);
        XSync(dpy, False);
        Picture byc = XRenderCreatePicture(dpy, win, XRenderFindVisualFormat(dpy, DefaultVisual(dpy, scr)), 0, NULL);
        XRenderComposite(dpy, PictOpOver, src, None, byc, 0, 0, 0, 0, x, y, 32, 32);
        pa.subwindow_mode = IncludeInferiors;
        XRenderChangePicture(dpy, byc, CPSubwindowMode, &pa);
        XRenderComposite(dpy, PictOpOver, src, None, byc, 0, 0, 0, 0, x + 16, y + 16, 32, 32);
        XRenderFreePicture(dpy, byc);
        XRenderFreePicture(dpy, src2);
    }

    /* 6. trapezoids, triangles, strips, fans, AddTraps */
    {
        XRenderColor c1 = {0xffff, 0x8000, 0x2000, 0xffff};
        Picture solid = XRenderCreateSolidFill(dpy, &c1);
        for (int mf = 0; mf < 4; mf++) {
            XRenderPictFormat *mfmt = mf == 0 ? NULL : mf == 1 ? a8 : mf == 2 ? a1 : fmt(PictStandardA4);
            for (int edge = 0; edge < 2; edge++) {
                XRenderPictureAttributes pa;
                pa.poly_edge = edge;
                XRenderChangePicture(dpy, winpic, CPPolyEdge, &pa);
                next(&x, &y);
                XTrapezoid tz[2] = {
                    {fx(y + 2.3), fx(y + 30.7), {{fx(x + 2.5), fx(y + 2.3)}, {fx(x + 10.2), fx(y + 30.7)}},
                     {{fx(x + 30.1), fx(y + 1)}, {fx(x + 25.6), fx(y + 31)}}},
                    {fx(y + 10), fx(y + 20.5), {{fx(x + 0), fx(y + 10)}, {fx(x + 5), fx(y + 20.5)}},
                     {{fx(x + 20.25), fx(y + 10)}, {fx(x + 31), fx(y + 21)}}}};
                XRenderCompositeTrapezoids(dpy, PictOpOver, mf % 2 ? src : solid, winpic, mfmt, 0, 0, tz, 2);
                XTriangle tr[2] = {{{fx(x + 33), fx(y + 1)}, {fx(x + 62.5), fx(y + 10.3)}, {fx(x + 40.7), fx(y + 30.9)}},
                                   {{fx(x + 35), fx(y + 20)}, {fx(x + 60), fx(y + 25)}, {fx(x + 45), fx(y + 31.5)}}};
                XRenderCompositeTriangles(dpy, PictOpOver, src, winpic, mfmt, 2, 3, tr, 2);
                XPointFixed pts[6] = {{fx(x + 2), fx(y + 34)}, {fx(x + 20.5), fx(y + 36)}, {fx(x + 5), fx(y + 50)},
                                      {fx(x + 28), fx(y + 55.5)}, {fx(x + 10), fx(y + 62)}, {fx(x + 30), fx(y + 63)}};
                XRenderCompositeTriStrip(dpy, PictOpAdd, solid, winpic, mfmt, 0, 0, pts, 6);
                for (int i = 0; i < 6; i++) pts[i].x += fx(32);
                XRenderCompositeTriFan(dpy, PictOpOver, src, winpic, mfmt, 1, 1, pts, 6);
            }
        }
        Pixmap ap;
        Picture apic = pattern(32, 32, a8, 3, &ap);
        XTrap trp[2] = {{{fx(1.5), fx(20.25), fx(2)}, {fx(0.5), fx(30), fx(25.7)}},
                        {{fx(10), fx(12), fx(26)}, {fx(3), fx(31), fx(31)}}};
        XRenderAddTraps(dpy, apic, 1, 2, trp, 2);
        hash_drawable("addtraps a8", ap, 32, 32);
        Pixmap ap1;
        Picture apic1 = pattern(32, 32, a1, 3, &ap1);
        XRenderAddTraps(dpy, apic1, 0, 0, trp, 2);
        hash_drawable("addtraps a1", ap1, 32, 32);
        next(&x, &y);
        XRenderComposite(dpy, PictOpOver, solid, apic, winpic, 0, 0, 0, 0, x, y, 32, 32);
        XRenderComposite(dpy, PictOpOver, solid, apic1, winpic, 0, 0, 0, 0, x + 32, y, 32, 32);
        /* operators a clear mask still changes (Src, In): pixman covers the whole destination, not the shapes' box */
        Pixmap up;
        Picture upic = pattern(40, 40, argb, 5, &up);
        XTrapezoid ut = {fx(4.5), fx(20.25), {{fx(6), fx(4.5)}, {fx(10.5), fx(20.25)}}, {{fx(20), fx(4)}, {fx(18), fx(21)}}};
        XRenderCompositeTrapezoids(dpy, PictOpSrc, src, upic, a8, 1, 2, &ut, 1);
        Pixmap up2;
        Picture upic2 = pattern(40, 40, argb, 6, &up2);
        XTriangle utr = {{fx(22), fx(24)}, {fx(37.5), fx(30)}, {fx(25), fx(38.25)}};
        XRenderCompositeTriangles(dpy, PictOpIn, solid, upic2, a8, 0, 0, &utr, 1);
        hash_drawable("unbounded trapezoid", up, 40, 40);
        hash_drawable("unbounded triangle", up2, 40, 40);
        next(&x, &y);
        XRenderComposite(dpy, PictOpSrc, upic, None, winpic, 0, 0, 0, 0, x, y, 40, 40);
        XRenderComposite(dpy, PictOpSrc, upic2, None, winpic, 0, 0, 0, 0, x + 20, y + 20, 40, 40);
        XRenderFreePicture(dpy, solid);
    }

    /* 7. glyphs: a8, a1 and ARGB glyph sets, 8/16/32-bit lists, with and without a mask format */
    {
        XRenderPictFormat *gf[3] = {a8, a1, argb};
        for (int k = 0; k < 3; k++) {
            GlyphSet gs = XRenderCreateGlyphSet(dpy, gf[k]);
            Glyph ids[4] = {1, 2, 300, 70000};
            XGlyphInfo gi[4] = {{7, 9, 1, 8, 8, 0}, {5, 11, 0, 10, 6, 1}, {9, 6, -1, 5, 10, -1}, {12, 12, 2, 11, 13, 0}};
            char data[4096];
            int at = 0;
            for (int i = 0; i < 4; i++) {
                int bpp = gf[k]->depth == 24 ? 32 : gf[k]->depth;
                int stride = ((gi[i].width * bpp + 31) / 32) * 4;
                for (int yy = 0; yy < gi[i].height; yy++)
                    for (int b = 0; b < stride; b++) data[at + yy * stride + b] = (char) ((yy * 31 + b * 7 + i * 13) | (b & 1 ? 0x80 : 0));
                at += (stride * gi[i].height + 3) & ~3;
            }
            XRenderAddGlyphs(dpy, gs, ids, gi, 4, data, at);
            next(&x, &y);
            unsigned char s8[] = {1, 2, 1, 9, 2};
            XRenderCompositeString8(dpy, PictOpOver, src, winpic, NULL, gs, 0, 0, x + 2, y + 12, (char *) s8, 5);
            XRenderCompositeString8(dpy, PictOpOver, src, winpic, a8, gs, 0, 0, x + 2, y + 28, (char *) s8, 5);
            unsigned short s16[] = {300, 1, 300, 2};
            XRenderCompositeString16(dpy, PictOpAdd, src, winpic, NULL, gs, 3, 4, x + 30, y + 44, s16, 4);
            unsigned int s32[] = {70000, 2, 70000};
            XRenderCompositeString32(dpy, PictOpOver, src, winpic, argb, gs, 1, 1, x + 4, y + 50, s32, 3);
            XGlyphElt8 elts[2] = {{gs, (char *) s8, 3, 2, 3}, {gs, (char *) s8 + 2, 3, 5, 6}};
            XRenderCompositeText8(dpy, PictOpOver, src, winpic, a8, 0, 0, x + 35, y + 5, elts, 2);
            Glyph del = 2;
            XRenderFreeGlyphs(dpy, gs, &del, 1);
            XRenderCompositeString8(dpy, PictOpOver, src, winpic, NULL, gs, 0, 0, x + 35, y + 30, (char *) s8, 5);
            XRenderFreeGlyphSet(dpy, gs);
        }
    }

    /* 8. FillRectangles on the window with each kind of operator */
    {
        XRenderColor cols[4] = {{0xffff, 0, 0, 0xffff}, {0x8000, 0x8000, 0, 0x8000}, {0, 0x1234, 0xfedc, 0x7777},
                                {0xffff, 0xffff, 0xffff, 0x0}};
        int fops[] = {PictOpSrc, PictOpOver, PictOpAdd, PictOpClear, PictOpDisjointOver, PictOpMultiply, PictOpXor,
                      PictOpSaturate};
        next(&x, &y);
        for (int i = 0; i < 8; i++) {
            XRectangle r[2] = {{x + (i % 4) * 16, y + (i / 4) * 32, 14, 20}, {x + (i % 4) * 16 + 4, y + (i / 4) * 32 + 10, 12, 20}};
            XRenderFillRectangles(dpy, fops[i], winpic, &cols[i % 4], r, 2);
        }
    }

    /* 9. the window composited onto itself: from the first cell to a new one, and shifted onto itself */
    {
        int sx = cell_x(0), sy = cell_y(0);
        next(&x, &y);
        XRenderComposite(dpy, PictOpOver, winpic, None, winpic, sx, sy, 0, 0, x, y, 64, 26);
        XRenderComposite(dpy, PictOpAdd, winpic, None, winpic, x + 5, y + 3, 0, 0, x, y, 40, 20);
    }
    oracle_done();
    return 0;
}
