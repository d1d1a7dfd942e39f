package io.phasescope.app.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The demo workspace bundled in the assets module ({@value #RESOURCE}), built by {@code phasescope demo}: an up
 * and down λ sweep with several transitions, its spectra, and two minima in the model library, so that a class
 * starts without training.
 */
public final class DemoWorkspace {

    /** The demo's class-path resource. */
    public static final String RESOURCE = "/io/phasescope/assets/demo/demo.phasescope";
    /** The name it is opened under; its sweep is extracted to {@code <sweeps root>/workspaces/demo}. */
    public static final String NAME = "demo" + WorkspaceArchive.EXTENSION;
    /** The way forward when a data set cannot be obtained: the demo needs no download. */
    public static final String OFFER = "Or open the bundled demo workspace, which needs no download: start"
            + " ./phasescope and choose Help → Open demo workspace.";

    private DemoWorkspace() {}

    /** Copies the demo to a temporary file (deleted when the app exits), since workspaces are read from files. */
    public static Path copyToTemporaryFile() throws IOException {
        try (InputStream in = DemoWorkspace.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("the demo workspace " + RESOURCE + " is missing; is the phasescope-assets jar on"
                        + " the class path?");
            }
            Path copy = Files.createTempFile("phasescope-demo-", WorkspaceArchive.EXTENSION);
            copy.toFile().deleteOnExit();
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            return copy;
        }
    }
}
