package io.phasescope.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasescope.model.io.Version;
import org.junit.jupiter.api.Test;

/**
 * Help → About, headless: the dialog shows the version from the POM, the Java and JavaFX versions, the BLAS read
 * from the loaded OpenBLAS, the data folder and the log folder (the lines of {@code phasescope --version}).
 */
class AboutJourneyTest extends AppJourney {

    @Test
    void helpAboutShowsTheInstallationsDetails() throws Exception {
        robot.clickOn("Help").clickOn("About Phasescope");
        await(
                "the About dialog shows its details",
                60,
                () -> text("#aboutDetails").startsWith("Phasescope "));

        String details = text("#aboutDetails");
        assertThat(details.lines()).hasSize(6).first().isEqualTo("Phasescope " + Version.NUMBER);
        assertThat(details)
                .contains("\nJava " + System.getProperty("java.runtime.version"))
                .containsPattern("\nJavaFX 2\\d\\.")
                .contains("\nBLAS OpenBLAS ")
                .contains("\nData folder ")
                .contains("\nLog folder ");
        robot.clickOn("OK");
    }
}
