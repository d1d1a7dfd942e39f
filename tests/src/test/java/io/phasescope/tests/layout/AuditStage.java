package io.phasescope.tests.layout;

import io.phasescope.app.gui.Composition;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The primary stage an audit shows the app in, which TestFX shares with the journeys that run next in the JVM. */
final class AuditStage {

    private AuditStage() {}

    /** Hides {@code stage}, puts it back to the journeys' size and closes {@code composition} and every other stage. */
    static void release(Stage stage, Composition composition) throws Exception {
        onFx(() -> {
            stage.hide();
            stage.setScene(null);
            stage.setWidth(1400);
            stage.setHeight(900);
            return null;
        });
        composition.close();
        FxToolkit.cleanupStages();
    }

    /** {@code action} run on the FX thread, waited for up to 30 s. */
    static <T> T onFx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(30, TimeUnit.SECONDS);
    }
}
