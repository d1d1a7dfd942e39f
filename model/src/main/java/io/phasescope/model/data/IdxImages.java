package io.phasescope.model.data;

/**
 * Images as an IDX file holds them: {@code count} grey-scale images of {@code rows × cols} unsigned bytes
 * (0 = background, 255 = ink), row-major, image after image.
 *
 * @param count number of images, ≥ 1
 * @param rows pixel rows per image, ≥ 1
 * @param cols pixel columns per image, ≥ 1
 * @param pixels {@code count × rows × cols} raw bytes; read them as unsigned ({@code b & 0xFF})
 */
public record IdxImages(int count, int rows, int cols, byte[] pixels) {

    public IdxImages {
        if (count < 1 || rows < 1 || cols < 1) {
            throw new IllegalArgumentException(
                    "count, rows and cols must be >= 1, were " + count + ", " + rows + ", " + cols);
        }
        if (pixels == null || pixels.length != (long) count * rows * cols) {
            throw new IllegalArgumentException("pixels must hold count*rows*cols = " + (long) count * rows * cols
                    + " bytes, held " + (pixels == null ? "null" : pixels.length));
        }
    }

    /** Pixels per image, {@code rows × cols}. */
    public int pixelsPerImage() {
        return rows * cols;
    }
}
