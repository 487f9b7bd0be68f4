/* Oracle area: thin (width 0) line styles OnOffDash and DoubleDash, dash lists and offsets, on lines, polylines,
 * segments and rectangles (thin dashed arcs are in dashed_arcs.c, wide dashes in wide_dashes.c). */
#include "oracle.h"

int main(void) {
    oracle_open(0x000040);
    GC gc = make_gc(win, 0xffff00, 0xff0000);
    int c = 0;
    int styles[] = {LineOnOffDash, LineDoubleDash};
    char dash_a[] = {4, 4};
    char dash_b[] = {1, 2, 3};          /* odd count: the list repeats with on/off swapped */
    char dash_c[] = {10, 3, 1, 3};
    for (int st = 0; st < 2; st++) {
        for (int w = 0; w < 1; w++) {
            int width = 0;
            XSetLineAttributes(dpy, gc, width, styles[st], w == 2 ? CapRound : CapButt, JoinMiter);
            int x = cell_x(c), y = cell_y(c);
            XSetDashes(dpy, gc, 0, dash_a, 2);
            XDrawLine(dpy, win, gc, x + 2, y + 4, x + 60, y + 4);
            XDrawLine(dpy, win, gc, x + 4, y + 10, x + 4, y + 60);
            XSetDashes(dpy, gc, 3, dash_b, 3);
            XDrawLine(dpy, win, gc, x + 10, y + 14, x + 60, y + 60);
            XSetDashes(dpy, gc, 5, dash_c, 4);
            XDrawLine(dpy, win, gc, x + 60, y + 14, x + 14, y + 44);
            c++;
            /* dash continues across polyline joints; restarts per segment and per rectangle side */
            x = cell_x(c); y = cell_y(c);
            XSetDashes(dpy, gc, 2, dash_c, 4);
            XPoint p[] = {{x + 4, y + 4}, {x + 58, y + 8}, {x + 30, y + 30}, {x + 58, y + 56}};
            XDrawLines(dpy, win, gc, p, 4, CoordModeOrigin);
            XSegment s[] = {{x + 4, y + 40, x + 25, y + 58}, {x + 8, y + 58, x + 28, y + 36}};
            XDrawSegments(dpy, win, gc, s, 2);
            c++;
            x = cell_x(c); y = cell_y(c);
            XSetDashes(dpy, gc, 0, dash_b, 3);
            XDrawRectangle(dpy, win, gc, x + 6, y + 6, 50, 22);
            XDrawRectangle(dpy, win, gc, x + 12, y + 34, 30, 20);
            c++;
        }
    }
    /* one-pixel dashes, long dashes, xor double dash */
    XSetLineAttributes(dpy, gc, 0, LineOnOffDash, CapButt, JoinMiter);
    char dash_d[] = {1};
    XSetDashes(dpy, gc, 0, dash_d, 1);
    for (int i = 0; i < 8; i++)
        XDrawLine(dpy, win, gc, cell_x(c), cell_y(c) + i * 7, cell_x(c) + 60, cell_y(c) + i * 8 + 3);
    c++;
    char dash_e[] = {40, 7};
    XSetDashes(dpy, gc, 13, dash_e, 2);
    XSetLineAttributes(dpy, gc, 0, LineDoubleDash, CapProjecting, JoinBevel);
    XPoint star[] = {{0, 30}, {60, 28}, {10, 60}, {30, 0}, {50, 60}, {0, 30}};
    for (int i = 0; i < 6; i++) { star[i].x += cell_x(c); star[i].y += cell_y(c); }
    XDrawLines(dpy, win, gc, star, 6, CoordModeOrigin);
    c++;
    oracle_done();
    return 0;
}
