package io.phasescope.model.data;

/**
 * IDX images together with their class labels, as read from an image file and a label file.
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

    /** A dataset named {@code name} whose features are the pixels mapped through {@code normalization}. */
    public Dataset toDataset(String name, PixelNormalization normalization) {
        return new Dataset(name, images.count(), images.pixelsPerImage(), classCount,
                normalization.apply(images.pixels()), labels);
    }
}
