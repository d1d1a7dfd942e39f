package io.phasescope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** demo's default --work folder is one per output file, so that concurrent demos never share a sweep. */
class DemoCommandTest {

    @Test
    void eachOutputFileGetsItsOwnDemoWorkFolder() {
        assertThat(DemoCommand.defaultWork(Path.of("/tmp/a.phasescope")))
                .isNotEqualTo(DemoCommand.defaultWork(Path.of("/tmp/b.phasescope")))
                .isEqualTo(DemoCommand.defaultWork(Path.of("/tmp/x/../a.phasescope")));
    }
}
