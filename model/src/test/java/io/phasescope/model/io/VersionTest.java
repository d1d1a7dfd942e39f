package io.phasescope.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VersionTest {

    @Test
    void theVersionComesFromThePom() {
        assertThat(Version.NUMBER).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        assertThat(Version.SOFTWARE).isEqualTo("phasescope " + Version.NUMBER);
    }
}
