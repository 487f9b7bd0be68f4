"""With -noreset the server keeps its state when the last client leaves: a second client finds the first one's
atom, root property and root background. Prints what the second client sees; the test compares Xvfb's output
with Sumac's, both started with -noreset."""
import time
from Xlib import display, X
d = display.Display()
root = d.screen().root
root.change_property(d.intern_atom('SUMAC_NORESET'), 31, 8, b'kept')
root.change_attributes(background_pixel=0x00ff00)
root.clear_area()
d.sync()  # close() does not flush: without this the requests above may never be sent
d.close()
time.sleep(0.5)
d = display.Display()
root = d.screen().root
atom = d.intern_atom('SUMAC_NORESET', only_if_exists=True)
prop = root.get_full_property(atom, X.AnyPropertyType) if atom else None
img = root.get_image(1, 1, 1, 1, X.ZPixmap, 0xffffffff)
print('second client: atom %s, property %s, root %06x' % ('yes' if atom else 'none', prop.value if prop else None,
                                                        int.from_bytes(img.data[:4], 'little') & 0xffffff))
