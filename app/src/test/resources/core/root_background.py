"""Background None (or ParentRelative) on the root restores the root's default background, as the protocol
says; Xvfb's default is black (pixel 0). A window mapped and unmapped over the root then leaves the default
background behind, not its own pixels. Prints the root pixel under the window after each step; the test
compares Xvfb's output with Sumac's."""
import time
from Xlib import display, X
d = display.Display()
s = d.screen()
root = s.root
win = root.create_window(20, 20, 60, 60, 0, s.root_depth, X.InputOutput, X.CopyFromParent,
                         background_pixel=0x00ff00)

def pixel():
    img = root.get_image(40, 40, 1, 1, X.ZPixmap, 0xffffffff)
    return '%06x' % (int.from_bytes(img.data[:4], 'little') & 0xffffff)

def cover_and_uncover(label):
    win.map()
    d.sync()
    time.sleep(0.2)
    win.unmap()
    d.sync()
    time.sleep(0.2)
    print('%s: %s' % (label, pixel()))

root.change_attributes(background_pixel=0xff0000)
root.clear_area()
cover_and_uncover('background pixel ff0000')
root.change_attributes(background_pixmap=X.NONE)
cover_and_uncover('background None')
root.change_attributes(background_pixel=0x0000ff)
cover_and_uncover('background pixel 0000ff')
root.change_attributes(background_pixmap=X.ParentRelative)
cover_and_uncover('background ParentRelative')
tile = root.create_pixmap(4, 4, s.root_depth)
gc = tile.create_gc(foreground=0xffff00)
tile.fill_rectangle(gc, 0, 0, 4, 4)
root.change_attributes(background_pixmap=tile)
root.clear_area()
print('tile ffff00 cleared: %s' % pixel())
root.change_attributes(background_pixmap=X.NONE)
print('background None, not cleared: %s' % pixel())
root.clear_area(30, 30, 20, 20)
print('background None, cleared: %s' % pixel())
