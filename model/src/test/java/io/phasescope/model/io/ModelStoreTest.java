package io.phasescope.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phasescope.model.net.Activation;
import io.phasescope.model.net.NetworkSpec;
import io.phasescope.model.net.XavierInit;
import io.phasescope.model.train.TrainingOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelStoreTest {

    @TempDir
    Path folder;

    private final NetworkSpec spec = new NetworkSpec(30, List.of(12, 7), Activation.RELU, 4, 99);

    @Test
    void roundTripIsExactWithReference() throws IOException {
        float[] theta = XavierInit.initialize(spec);
        float[] ref = XavierInit.initialize(spec.withInitSeed(5));
        new Random(1)
                .ints(theta.length)
                .limit(10)
                .forEach(i -> theta[Math.floorMod(i, theta.length)] = Float.MIN_VALUE);
        TrainingOptions options =
                TrainingOptions.defaults().withLambda(3.25e-4).withThetaRef(ref).withShuffleSeed(42);
        SavedModel model = new SavedModel(spec, options, theta, "0123456789abcdef", "random data");

        ModelStore.save(folder, model);
        SavedModel loaded = ModelStore.load(folder);

        assertThat(loaded.theta()).containsExactly(theta);
        assertThat(loaded.spec()).isEqualTo(spec);
        assertThat(loaded.options()).isEqualTo(options);
        assertThat(loaded.dataFingerprint()).isEqualTo("0123456789abcdef");
        assertThat(Files.readString(folder.resolve(ModelStore.SIDECAR_FILE)))
                .contains("\"lambda\" : 3.25E-4", "\"weightDecay\" : 6.5E-4");
    }

    @Test
    void roundTripIsExactAtOrigin() throws IOException {
        float[] theta = XavierInit.initialize(spec);
        ModelStore.save(folder, new SavedModel(spec, TrainingOptions.defaults(), theta, "f", "d"));
        SavedModel loaded = ModelStore.load(folder);
        assertThat(loaded.theta()).containsExactly(theta);
        assertThat(loaded.options().thetaRef()).isNull();
        assertThat(folder.resolve(ModelStore.THETA_REF_FILE)).doesNotExist();
    }

    @Test
    void corruptSidecarIsReportedWithItsFileName() throws IOException {
        ModelStore.save(
                folder, new SavedModel(spec, TrainingOptions.defaults(), XavierInit.initialize(spec), "f", "d"));
        Files.writeString(folder.resolve(ModelStore.SIDECAR_FILE), "{ not json");
        assertThatThrownBy(() -> ModelStore.load(folder))
                .isInstanceOf(ModelFormatException.class)
                .hasMessageContaining(ModelStore.SIDECAR_FILE);
    }

    @Test
    void newerVersionIsRefused() throws IOException {
        ModelStore.save(
                folder, new SavedModel(spec, TrainingOptions.defaults(), XavierInit.initialize(spec), "f", "d"));
        Path sidecar = folder.resolve(ModelStore.SIDECAR_FILE);
        Files.writeString(sidecar, Files.readString(sidecar).replace("\"version\" : 1", "\"version\" : 99"));
        assertThatThrownBy(() -> ModelStore.load(folder))
                .isInstanceOf(ModelFormatException.class)
                .hasMessageContaining("version 99");
    }

    @Test
    void identicalModelsGiveIdenticalBytesWithFixedEntryTimes() throws IOException {
        float[] theta = XavierInit.initialize(spec);
        SavedModel model = new SavedModel(spec, TrainingOptions.defaults(), theta, "f", "d");
        ModelStore.save(folder.resolve("one"), model);
        ModelStore.save(folder.resolve("two"), model);

        byte[] one = Files.readAllBytes(folder.resolve("one").resolve(ModelStore.NETWORK_FILE));
        assertThat(one).isEqualTo(Files.readAllBytes(folder.resolve("two").resolve(ModelStore.NETWORK_FILE)));
        try (ZipFile zip = new ZipFile(
                folder.resolve("one").resolve(ModelStore.NETWORK_FILE).toFile())) {
            assertThat(zip.stream().map(ZipEntry::getTimeLocal)).containsOnly(LocalDateTime.of(1980, 1, 1, 0, 0));
        }
    }

    @Test
    void aFolderMixingTwoModelsIsRefused() throws IOException {
        Path other = folder.resolve("other");
        ModelStore.save(other, new SavedModel(spec, TrainingOptions.defaults(), XavierInit.initialize(spec), "f", "d"));
        Path mixed = folder.resolve("mixed");
        ModelStore.save(
                mixed,
                new SavedModel(
                        spec, TrainingOptions.defaults(), XavierInit.initialize(spec.withInitSeed(7)), "f", "d"));
        Files.copy(
                other.resolve(ModelStore.NETWORK_FILE),
                mixed.resolve(ModelStore.NETWORK_FILE),
                StandardCopyOption.REPLACE_EXISTING);

        assertThatThrownBy(() -> ModelStore.load(mixed))
                .isInstanceOf(ModelFormatException.class)
                .hasMessageContaining(ModelStore.NETWORK_FILE)
                .hasMessageContaining("does not match");
    }

    @Test
    void staleTemporaryFilesGoOnTheNextSave() throws IOException {
        SavedModel model = new SavedModel(spec, TrainingOptions.defaults(), XavierInit.initialize(spec), "f", "d");
        ModelStore.save(folder, model);
        Files.writeString(folder.resolve(".model.zip8123456.tmp"), "left by a killed save");
        Files.writeString(folder.resolve(".metrics.json.staged"), "left by a killed save");

        ModelStore.save(folder, model);

        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("."));
        }
        assertThat(ModelStore.load(folder).theta()).containsExactly(model.theta());
    }

    @Test
    void nonFiniteParametersAreRefused() throws IOException {
        float[] theta = XavierInit.initialize(spec);
        theta[3] = Float.NaN;
        theta[5] = Float.POSITIVE_INFINITY;
        assertThatThrownBy(() ->
                        ModelStore.save(folder, new SavedModel(spec, TrainingOptions.defaults(), theta, "f", "d")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 non-finite");
    }
}
