package io.phasescope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.phasescope.app.library.LibraryModel;
import io.phasescope.app.workspace.DemoWorkspace;
import io.phasescope.app.workspace.LandscapeState;
import io.phasescope.app.workspace.WorkspaceArchive;
import io.phasescope.app.workspace.WorkspaceCodec;
import io.phasescope.model.data.BundledMnist;
import io.phasescope.model.data.DataRequest;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoCommandTest {

    /** demo's default --work folder is one per output file, so that concurrent demos never share a sweep. */
    @Test
    void eachOutputFileGetsItsOwnDemoWorkFolder() {
        assertThat(DemoCommand.defaultWork(Path.of("/tmp/a.phasescope")))
                .isNotEqualTo(DemoCommand.defaultWork(Path.of("/tmp/b.phasescope")))
                .isEqualTo(DemoCommand.defaultWork(Path.of("/tmp/x/../a.phasescope")));
    }

    /**
     * Without npm the bundled demo's Landscape tab said it needed 10 000 test images, more than the bundled classroom
     * subset holds: the demo's landscape is the one demo writes, on the demo sweep's own 2 000 test images.
     */
    @Test
    void theBundledDemosLandscapeComputesFromTheBundledSubset() throws Exception {
        WorkspaceArchive.Contents demo = WorkspaceArchive.read(DemoWorkspace.copyToTemporaryFile());
        List<LibraryModel> library = List.copyOf(WorkspaceCodec.models(demo).values());

        LandscapeState landscape = demo.state().landscape();

        assertThat(landscape).isEqualTo(DemoCommand.landscape(library, DemoCommand.spec(null)));
        assertThat(landscape.origin()).isEqualTo(library.get(0).name());
        assertThatCode(() ->
                        new DataRequest(DataRequest.Kind.MNIST, 10_000, landscape.subset(), 1, BundledMnist.CHOICE))
                .doesNotThrowAnyException();
    }
}
