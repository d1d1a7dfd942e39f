package io.phasescope.app.gui.main;

import io.phasescope.render.phase.LambdaUnit;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;

/**
 * Settings that persist between runs, in a {@link Preferences} node: the dark theme, the λ/β unit of the
 * phase diagram and the folder of the last file choice. {@link #keep} restores them and then writes every change
 * back.
 */
public final class UserPreferences {

    static final String DARK = "darkTheme";
    static final String UNIT = "lambdaUnit";
    static final String FOLDER = "lastFolder";

    private final Preferences node;

    /** @param node where the settings live, e.g. {@code Preferences.userRoot().node("io/phasescope/app")} */
    public UserPreferences(Preferences node) {
        if (node == null) {
            throw new IllegalArgumentException("node must be given");
        }
        this.node = node;
    }

    /** Sets {@code dark}, {@code unit} and {@code folder} from the stored values, then stores their changes. */
    public void keep(BooleanProperty dark, ObjectProperty<LambdaUnit> unit, ObjectProperty<Path> folder) {
        dark.set(node.getBoolean(DARK, dark.get()));
        unit.set(parse(node.get(UNIT, unit.get().name()), unit.get()));
        String stored = node.get(FOLDER, "");
        if (!stored.isEmpty()) {
            try {
                folder.set(Path.of(stored));
            } catch (InvalidPathException e) {
                node.remove(FOLDER); // written by another system; forget it
            }
        }
        dark.addListener((obs, old, now) -> node.putBoolean(DARK, now));
        unit.addListener((obs, old, now) -> node.put(UNIT, now.name()));
        folder.addListener((obs, old, now) -> {
            if (now != null) {
                node.put(FOLDER, now.toString());
            }
        });
    }

    private static LambdaUnit parse(String text, LambdaUnit fallback) {
        try {
            return LambdaUnit.valueOf(text);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
