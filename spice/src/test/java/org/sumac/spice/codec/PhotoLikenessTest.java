package org.sumac.spice.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PhotoLikenessTest {

    private static boolean photo(int[] pixels, int width, int height) {
        return PhotoLikeness.isPhotoLike(pixels, 0, width, width, height);
    }

    @Test
    void photosAndSmoothGradientsArePhotoLike() {
        assertTrue(photo(TestImages.photoLike(640, 360, 41), 640, 360));
        assertTrue(photo(TestImages.photoLike(960, 540, 42), 960, 540));
        assertTrue(photo(TestImages.gradient(400, 300), 400, 300));
    }

    @Test
    void screenContentNoiseAndFlatAreasAreNot() {
        assertFalse(photo(TestImages.textLike(1920, 1080, 43), 1920, 1080));
        assertFalse(photo(TestImages.textLike(300, 300, 44), 300, 300));
        assertFalse(photo(TestImages.solid(500, 500, 0x808080), 500, 500));
        assertFalse(photo(TestImages.noise(500, 500, 45), 500, 500));
    }

    @Test
    void smallOrInvalidAreasAreNot() {
        assertFalse(photo(TestImages.photoLike(90, 90, 46), 90, 90), "below the minimum size");
        assertEquals(0, PhotoLikeness.gradualFraction(null, 0, 1, 1, 1));
        assertEquals(0, PhotoLikeness.gradualFraction(new int[5], 0, 1, 1, 5), "one pixel wide");
        assertEquals(0, PhotoLikeness.gradualFraction(new int[5], 0, 5, 5, 2), "out of bounds");
    }

    @Test
    void looksOnlyAtTheGivenRectangle() {
        // A photo embedded in a text frame: the rectangle decides, not the whole array.
        int width = 800;
        int height = 600;
        int[] frame = TestImages.textLike(width, height, 47);
        int[] photo = TestImages.photoLike(300, 200, 48);
        for (int y = 0; y < 200; y++) {
            System.arraycopy(photo, y * 300, frame, (100 + y) * width + 50, 300);
        }
        assertTrue(PhotoLikeness.isPhotoLike(frame, 100 * width + 50, width, 300, 200));
        assertFalse(PhotoLikeness.isPhotoLike(frame, 400 * width, width, 800, 200));
    }
}
