"""CreateCursor's hot spot may lie anywhere from (0,0) to (width,height) inclusive: Xorg's rule is
x > width or y > height is BadMatch. GTK 3 hides the pointer while typing with a 1x1 cursor whose hot
spot is (1,1). Prints one line per attempt; the test compares Xvfb's output with Sumac's."""
from Xlib import display, error
from Xlib.protocol import request
d = display.Display()
root = d.screen().root
for (w, h, x, y) in [(1, 1, 0, 0), (1, 1, 1, 1), (1, 1, 2, 1), (1, 1, 1, 2), (16, 8, 16, 8), (16, 8, 17, 0), (16, 8, 0, 9)]:
    src = root.create_pixmap(w, h, 1)
    caught = error.CatchError(error.BadMatch)
    request.CreateCursor(display=d.display, onerror=caught, cid=d.display.allocate_resource_id(), source=src,
                         mask=src, fore_red=0, fore_green=0, fore_blue=0, back_red=65535, back_green=65535,
                         back_blue=65535, x=x, y=y)
    d.sync()
    print('%dx%d hot spot (%d,%d): %s' % (w, h, x, y, 'BadMatch' if caught.get_error() else 'ok'))
font = d.open_font('cursor')
for glyph in (0, 68, 152):
    caught = error.CatchError(error.BadMatch, error.BadValue)
    request.CreateGlyphCursor(display=d.display, onerror=caught, cid=d.display.allocate_resource_id(), source=font,
                              mask=font, source_char=glyph, mask_char=glyph + 1, fore_red=0, fore_green=0,
                              fore_blue=0, back_red=65535, back_green=65535, back_blue=65535)
    d.sync()
    e = caught.get_error()
    print('glyph cursor %d: %s' % (glyph, type(e).__name__ if e else 'ok'))
