package io.phasescope.app.gui.library;

import io.phasescope.app.library.LibraryModel;
import io.phasescope.model.data.DataRequest;
import io.phasescope.model.net.NetworkSpec;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The models of this session, in the order they were added. Shared by the views that produce models
 * (training, sweeps, loading) and those that use them (landscape). Touch it only on the UI thread.
 */
public final class ModelLibrary {

    private final ObservableList<LibraryModel> models = FXCollections.observableArrayList();
    private final ObservableList<LibraryModel> readOnly = FXCollections.unmodifiableObservableList(models);

    /** The models, read-only; observe it to follow additions and removals. */
    public ObservableList<LibraryModel> models() {
        return readOnly;
    }

    /**
     * Adds a model under {@code name}, or under "name (2)", "name (3)"… if the name is taken, and returns it.
     * The parameters are copied.
     */
    public LibraryModel add(String name, String origin, NetworkSpec spec, float[] theta, DataRequest.Kind dataset) {
        String unique = name;
        for (int k = 2; taken(unique); k++) {
            unique = name + " (" + k + ")";
        }
        LibraryModel model = new LibraryModel(unique, origin, spec, theta.clone(), dataset);
        models.add(model);
        return model;
    }

    /** Replaces every model with {@code restored} (as they are: e.g. from a workspace); names must be unique. */
    public void replaceAll(List<LibraryModel> restored) {
        if (restored.stream().map(LibraryModel::name).distinct().count() != restored.size()) {
            throw new IllegalArgumentException("model names must be unique, were " + restored);
        }
        models.setAll(restored);
    }

    /** Removes {@code model} if it is in the library. */
    public void remove(LibraryModel model) {
        models.remove(model);
    }

    private boolean taken(String name) {
        return models.stream().anyMatch(m -> m.name().equals(name));
    }
}
