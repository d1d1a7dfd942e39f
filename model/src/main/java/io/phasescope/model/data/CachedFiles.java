package io.phasescope.model.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Checks the files of a download cache against their pinned SHA-256s, before every use. */
final class CachedFiles {

    private static final Logger LOG = LoggerFactory.getLogger(CachedFiles.class);

    private CachedFiles() {}

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
