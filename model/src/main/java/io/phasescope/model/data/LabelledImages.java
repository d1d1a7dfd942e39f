package io.phasescope.model.data;

/**
 * IDX images together with their class labels, as read from an image file and a label file (or
 * from per-class JSON files, {@link JsonImageReader}).
 *
 * @param images the images
 * @param labels one class index per image, each in {@code [0, classCount)}
 * @param classCount number of classes, ≥ 2
 */
public record LabelledImages(IdxImages images, int[] labels, int classCount) {

    public LabelledImages {
        if (images == null || labels == null || labels.length != images.count()) {
            throw new IllegalArgumentException("need one label per image: " + (images == null ? "no" : images.count())
                    + " images, " + (labels == null ? "no" : labels.length) + " labels");
        }
        if (classCount < 2) {
            throw new IllegalArgumentException("classCount must be >= 2, was " + classCount);
        }
    }

    /** The images and labels at {@code indices}, in that order, copied. */
    public LabelledImages subset(int[] indices) {
        int pixels = images.pixelsPerImage();
        byte[] x = new byte[indices.length * pixels];
        int[] y = new int[indices.length];
        for (int k = 0; k < indices.length; k++) {
            int i = indices[k];
            if (i < 0 || i >= labels.length) {
                throw new IndexOutOfBoundsException("image index " + i + " outside [0, " + labels.length + ")");
            }
            System.arraycopy(images.pixels(), i * pixels, x, k * pixels, pixels);
            y[k] = labels[i];
        }
        return new LabelledImages(new IdxImages(indices.length, images.rows(), images.cols(), x), y, classCount);
    }

    /** A dataset named {@code name} whose features are the pixels mapped through {@code normalization}. */
    public Dataset toDataset(String name, PixelNormalization normalization) {
        return new Dataset(
                name,
                images.count(),
                images.pixelsPerImage(),
                classCount,
                normalization.apply(images.pixels()),
                labels);
    }
}
