"""A border pixmap is tiled from the origin of the window whose background is drawn, so a window with a
ParentRelative background tiles its border from its parent's origin; changing the background from or to
ParentRelative retiles the border at once. Prints border pixels after each change; the test compares Xvfb's
output with Sumac's."""
from Xlib import display, X
d = display.Display()
s = d.screen()
root = s.root
depth = s.root_depth
tile = root.create_pixmap(4, 4, depth)
gc = tile.create_gc(foreground=0)
for i, color in enumerate((0xff0000, 0x00ff00, 0x0000ff, 0xffff00)):
    gc.change(foreground=color)
    tile.fill_rectangle(gc, i, 0, 1, 4)
parent = root.create_window(10, 10, 100, 60, 0, depth, X.InputOutput, X.CopyFromParent, background_pixel=0x808080)
win = parent.create_window(21, 10, 40, 20, 5, depth, X.InputOutput, X.CopyFromParent, background_pixel=0x404040,
                           border_pixmap=tile)
parent.map()
win.map()
d.sync()

def border(label):
    img = parent.get_image(21, 12, 8, 1, X.ZPixmap, 0xffffffff)
    px = ['%06x' % (int.from_bytes(img.data[i * 4:i * 4 + 4], 'little') & 0xffffff) for i in range(8)]
    print('%s: %s' % (label, ' '.join(px)))

border('background pixel')
win.change_attributes(background_pixmap=X.ParentRelative)
border('background ParentRelative')
win.change_attributes(background_pixel=0x202020)
border('background pixel again')
win.change_attributes(background_pixmap=X.ParentRelative)
win.change_attributes(border_pixmap=tile)
border('border pixmap set under ParentRelative')
win.unmap()
win.map()
border('mapped again under ParentRelative')
win.change_attributes(background_pixmap=X.NONE)
border('background None')
