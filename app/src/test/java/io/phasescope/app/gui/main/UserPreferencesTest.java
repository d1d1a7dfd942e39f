package io.phasescope.app.gui.main;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasescope.render.phase.LambdaUnit;
import java.util.prefs.Preferences;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UserPreferencesTest {

    private final Preferences node = Preferences.userRoot().node("io/phasescope/test/prefs-" + System.nanoTime());

    @AfterEach
    void removeNode() throws Exception {
        node.removeNode();
    }

    @Test
    void theThemeAndUnitChosenInOneRunAreThereInTheNext() {
        SimpleBooleanProperty dark = new SimpleBooleanProperty(false);
        SimpleObjectProperty<LambdaUnit> unit = new SimpleObjectProperty<>(LambdaUnit.LAMBDA);
        new UserPreferences(node).keep(dark, unit);
        dark.set(true);
        unit.set(LambdaUnit.BETA);

        SimpleBooleanProperty nextDark = new SimpleBooleanProperty(false);
        SimpleObjectProperty<LambdaUnit> nextUnit = new SimpleObjectProperty<>(LambdaUnit.LAMBDA);
        new UserPreferences(node).keep(nextDark, nextUnit);

        assertThat(nextDark.get()).isTrue();
        assertThat(nextUnit.get()).isEqualTo(LambdaUnit.BETA);
        node.put(UserPreferences.UNIT, "PARSECS");
        new UserPreferences(node).keep(nextDark, nextUnit);
        assertThat(nextUnit.get()).as("a damaged value falls back").isEqualTo(LambdaUnit.BETA);
    }
}
