#!/usr/bin/python3
"""Draws a scene on a real X server (Xvfb) and writes back the pixels.

Used by XvfbOracle.java: the Java tests render the same scene with Sumac's rasterizers and
compare every pixel. Usage: xvfb_oracle.py DISPLAY SCENE_FILE OUTPUT_FILE

Scene file: one command per line, tokens separated by blanks.
  canvas W H DEPTH pixmap            a pixmap of that depth (1, 8, 24, 32)
  canvas W H 24 window X Y           a mapped override-redirect window at X,Y on the root
  content FILE                       initial pixels: W*H little-endian uint32 words
  gc KEY=VALUE ...                   function plane_mask foreground background line_width
                                     line_style cap_style join_style fill_style fill_rule
                                     arc_mode ts_x ts_y dash_offset dashes=a,b,c clip_x clip_y
  clip none | clip X Y W H ...       SetClipRectangles (clip origin from clip_x/clip_y)
  tile W H V...                      tile pixmap of the canvas depth (row-major pixel values)
  stipple W H B...                   depth-1 stipple (row-major 0/1 values)
  fillrect X Y W H ...               PolyFillRectangle
  points X Y ...                     PolyPoint (CoordModeOrigin)
  lines X Y ...                      PolyLine (CoordModeOrigin)
  segments X1 Y1 X2 Y2 ...           PolySegment
  rectangles X Y W H ...             PolyRectangle
  fillpoly SHAPE X Y ...             FillPoly (0 Complex, 1 Nonconvex, 2 Convex), CoordModeOrigin
  arcs X Y W H A1 A2 ...             PolyArc
  fillarcs X Y W H A1 A2 ...         PolyFillArc
Output: W*H little-endian uint32 pixel values (depth 1: 0 or 1).
"""
import struct
import sys

from Xlib import X, display as xdisplay


def ints(tokens):
    return [int(t, 0) for t in tokens]


def groups(values, n):
    return [tuple(values[i:i + n]) for i in range(0, len(values) - len(values) % n, n)]


class Canvas:
    def __init__(self, d, w, h, depth, kind, x=0, y=0):
        self.d = d
        self.w, self.h, self.depth = w, h, depth
        screen = d.screen()
        if kind == 'window':
            self.drawable = screen.root.create_window(
                x, y, w, h, 0, screen.root_depth, X.InputOutput, X.CopyFromParent,
                background_pixmap=X.NONE, override_redirect=True, event_mask=X.ExposureMask)
            self.drawable.map()
            d.sync()
            while True:
                ev = d.next_event()
                if ev.type == X.Expose:
                    break
        else:
            self.drawable = screen.root.create_pixmap(w, h, depth)
        self.gc = self.drawable.create_gc(graphics_exposures=False)
        self.plain_gc = self.drawable.create_gc(graphics_exposures=False)
        self.bit_order = d.display.info.bitmap_format_bit_order
        self.pad = d.display.info.bitmap_format_scanline_pad
        self.max_bytes = d.display.info.max_request_length * 4 - 64

    def pack(self, values, w, h, depth):
        """Packs row-major pixel values as a ZPixmap image for the server."""
        if depth == 1:
            stride = ((w + 31) // 32) * 4
            out = bytearray(stride * h)
            for yy in range(h):
                for xx in range(w):
                    if values[yy * w + xx] & 1:
                        bit = xx % 8 if self.bit_order == X.LSBFirst else 7 - xx % 8
                        out[yy * stride + xx // 8] |= 1 << bit
            return bytes(out), stride
        if depth <= 8:
            stride = (w + 3) // 4 * 4
            out = bytearray(stride * h)
            for yy in range(h):
                out[yy * stride:yy * stride + w] = bytes(v & 0xff for v in values[yy * w:(yy + 1) * w])
            return bytes(out), stride
        return struct.pack('<%dI' % (w * h), *[v & 0xffffffff for v in values]), w * 4

    def put(self, drawable, gc, values, w, h, depth):
        data, stride = self.pack(values, w, h, depth)
        rows = max(1, self.max_bytes // stride)
        for y0 in range(0, h, rows):
            n = min(rows, h - y0)
            drawable.put_image(gc, 0, y0, w, n, X.ZPixmap, depth, 0, data[y0 * stride:(y0 + n) * stride])

    def pixmap_of(self, w, h, depth, values):
        pm = self.drawable.create_pixmap(w, h, depth)
        gc = pm.create_gc(graphics_exposures=False)
        self.put(pm, gc, values, w, h, depth)
        gc.free()
        return pm

    def read(self):
        w, h, depth = self.w, self.h, self.depth
        out = []
        rows = max(1, (1 << 20) // (w * 4))
        for y0 in range(0, h, rows):
            n = min(rows, h - y0)
            data = self.drawable.get_image(0, y0, w, n, X.ZPixmap, 0xffffffff).data
            if depth == 1:
                stride = len(data) // n
                for yy in range(n):
                    for xx in range(w):
                        b = data[yy * stride + xx // 8]
                        bit = xx % 8 if self.bit_order == X.LSBFirst else 7 - xx % 8
                        out.append((b >> bit) & 1)
            elif depth <= 8:
                stride = len(data) // n
                for yy in range(n):
                    out.extend(data[yy * stride:yy * stride + w])
            else:
                out.extend(struct.unpack('<%dI' % (w * n), data[:w * n * 4]))
        return out


GC_KEYS = {
    'function': 'function', 'plane_mask': 'plane_mask', 'foreground': 'foreground',
    'background': 'background', 'line_width': 'line_width', 'line_style': 'line_style',
    'cap_style': 'cap_style', 'join_style': 'join_style', 'fill_style': 'fill_style',
    'fill_rule': 'fill_rule', 'arc_mode': 'arc_mode', 'ts_x': 'tile_stipple_x_origin',
    'ts_y': 'tile_stipple_y_origin', 'clip_x': 'clip_x_origin', 'clip_y': 'clip_y_origin',
}


def run(display_name, scene_path, out_path):
    d = xdisplay.Display(display_name)
    canvas = None
    dash_offset, dash_list = 0, [4, 4]
    clip_origin = [0, 0]
    with open(scene_path) as f:
        lines = [ln.split() for ln in f if ln.strip() and not ln.startswith('#')]
    for t in lines:
        op, args = t[0], t[1:]
        if op == 'canvas':
            w, h, depth = int(args[0]), int(args[1]), int(args[2])
            if args[3] == 'window':
                canvas = Canvas(d, w, h, depth, 'window', int(args[4]), int(args[5]))
            else:
                canvas = Canvas(d, w, h, depth, 'pixmap')
            continue
        c = canvas
        if op == 'content':
            with open(args[0], 'rb') as cf:
                raw = cf.read()
            values = list(struct.unpack('<%dI' % (c.w * c.h), raw))
            c.plain_gc.change(function=X.GXcopy, plane_mask=0xffffffff)
            c.put(c.drawable, c.plain_gc, values, c.w, c.h, c.depth)
        elif op == 'gc':
            kw = {}
            for kv in args:
                k, v = kv.split('=')
                if k == 'dashes':
                    dash_list = ints(v.split(','))
                elif k == 'dash_offset':
                    dash_offset = int(v, 0)
                else:
                    if k == 'clip_x':
                        clip_origin[0] = int(v, 0)
                    if k == 'clip_y':
                        clip_origin[1] = int(v, 0)
                    kw[GC_KEYS[k]] = int(v, 0)
                    if k in ('plane_mask', 'foreground', 'background'):
                        kw[GC_KEYS[k]] &= 0xffffffff
            if kw:
                c.gc.change(**kw)
            if any(kv.startswith('dash') for kv in args):
                c.gc.set_dashes(dash_offset, dash_list)
        elif op == 'clip':
            if args and args[0] == 'none':
                c.gc.change(clip_mask=X.NONE)
            else:
                c.gc.set_clip_rectangles(clip_origin[0], clip_origin[1],
                                         [dict(x=r[0], y=r[1], width=r[2], height=r[3])
                                          for r in groups(ints(args), 4)], X.Unsorted)
        elif op == 'tile':
            w, h = int(args[0]), int(args[1])
            c.gc.change(tile=c.pixmap_of(w, h, c.depth, ints(args[2:2 + w * h])))
        elif op == 'stipple':
            w, h = int(args[0]), int(args[1])
            c.gc.change(stipple=c.pixmap_of(w, h, 1, ints(args[2:2 + w * h])))
        elif op == 'fillrect':
            c.drawable.poly_fill_rectangle(c.gc, groups(ints(args), 4))
        elif op == 'points':
            c.drawable.poly_point(c.gc, X.CoordModeOrigin, groups(ints(args), 2))
        elif op == 'lines':
            c.drawable.poly_line(c.gc, X.CoordModeOrigin, groups(ints(args), 2))
        elif op == 'segments':
            c.drawable.poly_segment(c.gc, groups(ints(args), 4))
        elif op == 'rectangles':
            c.drawable.poly_rectangle(c.gc, groups(ints(args), 4))
        elif op == 'fillpoly':
            v = ints(args)
            c.drawable.fill_poly(c.gc, v[0], X.CoordModeOrigin, groups(v[1:], 2))
        elif op == 'arcs':
            c.drawable.poly_arc(c.gc, groups(ints(args), 6))
        elif op == 'fillarcs':
            c.drawable.poly_fill_arc(c.gc, groups(ints(args), 6))
        else:
            raise SystemExit('unknown scene command ' + op)
    d.sync()
    pixels = canvas.read()
    with open(out_path, 'wb') as out:
        out.write(struct.pack('<%dI' % len(pixels), *pixels))
    d.close()


if __name__ == '__main__':
    run(sys.argv[1], sys.argv[2], sys.argv[3])
