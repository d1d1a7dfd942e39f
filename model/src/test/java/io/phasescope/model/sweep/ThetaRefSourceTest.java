package io.phasescope.model.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThetaRefSourceTest {

    @TempDir
    Path dir;

    @Test
    void noneBlankAndTheOriginReadAsNoReference() throws Exception {
        assertThat(ThetaRefSource.parse("").isNone()).isTrue();
        assertThat(ThetaRefSource.parse(" None ").isNone()).isTrue();
        assertThat(ThetaRefSource.none().read(10)).isNull();
        assertThat(ThetaRefSource.none().text()).isEqualTo("none");
    }

    @Test
    void aSweepFolderAtLambdaAndAModelFolderAreTellApartByTheManifest() throws Exception {
        Path sweep = Files.createDirectories(dir.resolve("sweep"));
        Files.writeString(sweep.resolve(SweepFolder.MANIFEST), "{}");
        ThetaRefSource at = ThetaRefSource.parse(sweep + "@0.012");
        assertThat(at.isSweep()).isTrue();
        assertThat(at.lambda()).isEqualTo(0.012);
        assertThat(ThetaRefSource.parse(at.text())).isEqualTo(at);

        Path model = Files.createDirectories(dir.resolve("model@1"));
        ThetaRefSource folder = ThetaRefSource.parse(model.toString());
        assertThat(folder.isSweep()).as("an @ in a model folder's name").isFalse();
        assertThat(folder.folder()).isEqualTo(model);
    }

    @Test
    void aBadLambdaOrAMissingFolderIsRefusedNamingTheText() throws Exception {
        Path sweep = Files.createDirectories(dir.resolve("sweep"));
        Files.writeString(sweep.resolve(SweepFolder.MANIFEST), "{}");
        assertThatThrownBy(() -> ThetaRefSource.parse(sweep + "@x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("number after @")
                .hasMessageContaining(sweep + "@x");
        assertThatThrownBy(() -> ThetaRefSource.parse(sweep + "@-1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
        assertThatThrownBy(() -> ThetaRefSource.parse(dir.resolve("gone").toString()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gone");
    }

    @Test
    void aFolderWithoutAModelCannotBeRead() {
        ThetaRefSource empty = ThetaRefSource.parse(dir.toString());
        assertThatThrownBy(() -> empty.read(10)).isInstanceOf(RuntimeException.class);
    }
}
