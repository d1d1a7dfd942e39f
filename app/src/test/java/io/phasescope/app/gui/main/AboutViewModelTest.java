package io.phasescope.app.gui.main;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasescope.app.config.AboutInfo;
import io.phasescope.app.logging.LogFolder;
import io.phasescope.app.task.DirectTaskExecutor;
import io.phasescope.model.io.Version;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class AboutViewModelTest {

    @Test
    void theDetailsAreTheVersionLinesReadAtRunTime() {
        AboutViewModel about = new AboutViewModel(Path.of("/data/mnist"), new DirectTaskExecutor());
        assertThat(about.detailsProperty().get()).isEqualTo(AboutViewModel.READING);

        about.refresh();

        assertThat(about.detailsProperty().get().lines())
                .containsExactly(
                        "Phasescope " + Version.NUMBER,
                        "Java " + System.getProperty("java.runtime.version") + " ("
                                + System.getProperty("java.vendor") + ", " + System.getProperty("java.vm.name")
                                + ")",
                        "JavaFX " + AboutInfo.current(null).javafx(),
                        "BLAS " + AboutInfo.current(null).blas(),
                        "Data folder " + Path.of("/data/mnist"),
                        "Log folder " + LogFolder.folder());
        assertThat(AboutInfo.current(null).javafx()).matches("2\\d\\.\\d+\\.\\d+.*");
        assertThat(AboutInfo.current(null).blas())
                .startsWith("OpenBLAS 0.3.")
                .contains("OMP_NUM_THREADS=", "libjniopenblas");
        assertThat(about.description()).contains("arXiv:2512.11866");
    }
}
