package io.phasescope.app.gui.main;

import io.phasescope.app.gui.common.Command;
import io.phasescope.app.gui.common.Theme;
import io.phasescope.app.gui.controls.LastFolder;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/** Window-wide state: the light or dark theme, presenter mode, the About and shortcuts texts, and quitting. */
public final class MainViewModel {

    /** The Help → About text, citing the paper Phasescope reproduces. */
    public static final String ABOUT = """
            Phasescope is a desktop lab for the loss landscapes of neural networks.

            It reproduces E. Ersoy, A. Cardozo Licha and K. Wiesner, "Phase transitions reveal \
            hierarchical structure in deep neural networks", arXiv:2512.11866.

            Training adds the L2 probe λ‖θ‖² to the cross-entropy loss (a weight decay β = 2λ). \
            Sweeping λ reveals phase transitions of the trained network.""";

    /** The keyboard shortcuts, as listed under Help. */
    public static final String SHORTCUTS = """
            Ctrl+S  save the workspace · Ctrl+Shift+S  save as · Ctrl+Shift+O  open a workspace
            Ctrl+O  open a sweep folder · Ctrl+E  export a chart · Ctrl+D  dark theme · Ctrl+Q  quit
            F11  presenter mode (full screen, high contrast, large type, settings hidden) · F1  classroom lesson
            Ctrl+B  show or hide the settings on the left
            F5 / F6 / Shift+F5  train, pause or resume, stop
            F7 / F8 / Shift+F7  run, pause or resume, cancel the sweep
            Phase diagram: Space  run, pause or resume the sweep · ← / →  step λ by one grid point
            Charts: right-click to copy the image or the data (CSV)""";

    private final BooleanProperty darkTheme = new SimpleBooleanProperty(this, "darkTheme");
    private final BooleanProperty presenter = new SimpleBooleanProperty(this, "presenter");
    private final BooleanProperty settingsShown = new SimpleBooleanProperty(this, "settingsShown", true);
    private final ReadOnlyObjectWrapper<Theme> theme = new ReadOnlyObjectWrapper<>(this, "theme");
    private final Command quit;
    private final LastFolder lastFolder = new LastFolder();

    /** @param quitAction ends the application */
    public MainViewModel(Runnable quitAction) {
        if (quitAction == null) {
            throw new IllegalArgumentException("quitAction must be given");
        }
        theme.bind(Bindings.when(presenter)
                .then(Theme.PRESENTER)
                .otherwise(Bindings.when(darkTheme).then(Theme.DARK).otherwise(Theme.LIGHT)));
        // a projector needs the room: presenter mode hides the settings, leaving it shows them again
        presenter.addListener((obs, was, on) -> settingsShown.set(!on));
        quit = new Command("Quit", new SimpleBooleanProperty(true), quitAction);
    }

    /** Where file and folder choosers open: the folder of the last choice, kept between runs. */
    public LastFolder lastFolder() {
        return lastFolder;
    }

    /** Whether the dark theme is on. */
    public BooleanProperty darkThemeProperty() {
        return darkTheme;
    }

    /** Whether the settings sidebar of each view shows; presenter mode hides it, and View → Settings toggles it. */
    public BooleanProperty settingsShownProperty() {
        return settingsShown;
    }

    /** Whether presenter mode (full screen, high contrast, large type) is on; it overrides the dark theme. */
    public BooleanProperty presenterProperty() {
        return presenter;
    }

    public ReadOnlyObjectProperty<Theme> themeProperty() {
        return theme.getReadOnlyProperty();
    }

    public Command quitCommand() {
        return quit;
    }
}
