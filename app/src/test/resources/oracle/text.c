/* Oracle area: PolyText8/16 and ImageText8/16 with core fonts (fixed, 9x15, 10x20, 6x13 bold, an ISO10646
 * font for 16-bit text), text items with deltas and font changes, functions, clipping at window edges. */
#include "oracle.h"

int main(void) {
    oracle_open(0x000000);
    GC gc = make_gc(win, 0xffffff, 0x0000a0);
    Font fixed = XLoadFont(dpy, "fixed");
    Font f915 = XLoadFont(dpy, "9x15");
    Font f1020 = XLoadFont(dpy, "10x20");
    Font bold = XLoadFont(dpy, "6x13bold");
    Font wide = XLoadFont(dpy, "-misc-fixed-medium-r-normal--18-120-100-100-c-90-iso10646-1");
    const char *line = "The quick brown fox jumps over the lazy dog 0123456789 !@#$%^&*()";
    int y = 14;
    Font fonts[] = {fixed, f915, f1020, bold};
    for (int f = 0; f < 4; f++) {
        XSetFont(dpy, gc, fonts[f]);
        XSetForeground(dpy, gc, 0xffffff);
        XDrawString(dpy, win, gc, 4, y, line, strlen(line));
        y += 22;
        XSetForeground(dpy, gc, 0xffff00);
        XDrawImageString(dpy, win, gc, 4, y, line, strlen(line));
        y += 22;
    }
    /* every printable Latin-1 character in fixed */
    XSetFont(dpy, gc, fixed);
    char all[96];
    for (int i = 0; i < 96; i++) all[i] = (char) (32 + i);
    XDrawString(dpy, win, gc, 4, y, all, 96);
    y += 14;
    for (int i = 0; i < 96; i++) all[i] = (char) (160 + i);
    XDrawImageString(dpy, win, gc, 4, y, all, 96);
    y += 16;
    /* 16-bit text */
    XChar2b s16[20];
    for (int i = 0; i < 20; i++) { s16[i].byte1 = i < 10 ? 0x03 : 0x04; s16[i].byte2 = (unsigned char) (0x91 + i); }
    XSetFont(dpy, gc, wide);
    XSetForeground(dpy, gc, 0x80ff80);
    XDrawString16(dpy, win, gc, 4, y + 4, s16, 20);
    XDrawImageString16(dpy, win, gc, 240, y + 4, s16, 20);
    y += 24;
    XSetFont(dpy, gc, fixed);
    XDrawString16(dpy, win, gc, 4, y, s16, 20); /* characters missing from an 8-bit font */
    XChar2b ascii16[5] = {{0, 'H'}, {0, 'e'}, {0, 'l'}, {0, 'l'}, {0, 'o'}};
    XDrawImageString16(dpy, win, gc, 200, y, ascii16, 5);
    y += 16;
    /* PolyText8 items: deltas and font changes inside one request */
    XTextItem items[] = {{"Mixed", 5, 0, fixed}, {"fonts", 5, 8, f1020}, {"and", 3, -3, bold}, {"deltas", 6, 20, f915}};
    XSetForeground(dpy, gc, 0xff80ff);
    XDrawText(dpy, win, gc, 4, y + 6, items, 4);
    XTextItem16 items16[] = {{s16, 6, 0, wide}, {ascii16, 5, 12, f915}};
    XDrawText16(dpy, win, gc, 300, y + 6, items16, 2);
    y += 26;
    /* functions: PolyText honours them, ImageText ignores function and fill style */
    XSetFont(dpy, gc, f915);
    XSetForeground(dpy, gc, 0xffffff);
    XFillRectangle(dpy, win, gc, 4, y, 300, 40);
    XSetFunction(dpy, gc, GXxor);
    XSetForeground(dpy, gc, 0x00ffff);
    XDrawString(dpy, win, gc, 6, y + 14, "xor text over white", 19);
    XDrawImageString(dpy, win, gc, 6, y + 32, "image text ignores xor", 22);
    XSetFunction(dpy, gc, GXcopy);
    /* stippled PolyText */
    static char st[] = {0x55, 0xaa, 0x55, 0xaa, 0x55, 0xaa, 0x55, 0xaa};
    Pixmap stipple = XCreateBitmapFromData(dpy, win, st, 8, 8);
    XSetStipple(dpy, gc, stipple);
    XSetFillStyle(dpy, gc, FillStippled);
    XSetFont(dpy, gc, f1020);
    XSetForeground(dpy, gc, 0xff4000);
    XDrawString(dpy, win, gc, 320, y + 20, "stippled", 8);
    XSetFillStyle(dpy, gc, FillSolid);
    y += 44;
    /* text clipped by the window edges and starting at negative x */
    XSetFont(dpy, gc, f1020);
    XSetForeground(dpy, gc, 0xc0c0ff);
    XDrawImageString(dpy, win, gc, -7, y + 8, line, strlen(line));
    XDrawString(dpy, win, gc, screen_w - 50, y + 30, "edge", 4);
    XDrawString(dpy, win, gc, 100, screen_h + 8, "below", 5);
    /* QueryTextExtents results are part of the oracle output */
    int dir, asc, desc;
    XCharStruct overall;
    XQueryTextExtents(dpy, f1020, line, strlen(line), &dir, &asc, &desc, &overall);
    printf("extents 10x20 ascent %d descent %d width %d lbearing %d rbearing %d\n", asc, desc, overall.width,
           overall.lbearing, overall.rbearing);
    XQueryTextExtents16(dpy, wide, s16, 20, &dir, &asc, &desc, &overall);
    printf("extents iso10646 ascent %d descent %d width %d\n", asc, desc, overall.width);
    oracle_done();
    return 0;
}
