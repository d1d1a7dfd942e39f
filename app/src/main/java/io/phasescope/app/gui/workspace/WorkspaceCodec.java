package io.phasescope.app.gui.workspace;

import io.phasescope.app.gui.landscape.LandscapeSnapshot;
import io.phasescope.app.gui.library.LibraryModel;
import io.phasescope.app.gui.phase.PhaseViewModel;
import io.phasescope.model.data.DataRequest;
import io.phasescope.model.io.FloatFiles;
import io.phasescope.model.io.ModelFormatException;
import io.phasescope.model.net.Activation;
import io.phasescope.model.net.NetworkSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the library and the views into a {@link WorkspaceState} with its entries and back. Each model's
 * parameters are one entry, however many views refer to the model.
 */
final class WorkspaceCodec {

    private WorkspaceCodec() {
    }

    /** What is saved: the manifest and the entries it names. */
    record Snapshot(WorkspaceState state, Map<String, byte[]> entries) {
    }

    /** Captures the session. UI thread (the parameter arrays are immutable and are only read). */
    static Snapshot capture(List<LibraryModel> library, PhaseViewModel phase, LandscapeSnapshot.Captured landscape,
            String software) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        List<WorkspaceState.Model> models = new ArrayList<>();
        for (int i = 0; i < library.size(); i++) {
            LibraryModel m = library.get(i);
            String entry = "models/" + i + ".bin";
            entries.put(entry, FloatFiles.toBytes(m.theta()));
            NetworkSpec s = m.spec();
            models.add(new WorkspaceState.Model(m.name(), m.origin(), s.inputSize(), s.hiddenWidths(),
                    s.activation().id(), s.classCount(), s.initSeed(), m.dataset().name(), entry));
        }
        entries.putAll(landscape.entries());
        WorkspaceState.Phase phaseState = new WorkspaceState.Phase(phase.folderProperty().get() == null ? null
                : phase.folderProperty().get().toString(), phase.unitProperty().get().name(),
                phase.sliderPositionProperty().get());
        return new Snapshot(new WorkspaceState(WorkspaceState.FORMAT, WorkspaceState.VERSION, software, models,
                phaseState, landscape.state()), entries);
    }

    /** The library models of a workspace, by name, in order; throws {@link WorkspaceException} when damaged. */
    static Map<String, LibraryModel> models(WorkspaceArchive.Contents contents) {
        Map<String, LibraryModel> models = new LinkedHashMap<>();
        for (WorkspaceState.Model m : contents.state().models()) {
            try {
                NetworkSpec spec = new NetworkSpec(m.inputSize(), m.hiddenWidths(), Activation.parse(m.activation()),
                        m.classCount(), m.initSeed());
                float[] theta = FloatFiles.fromBytes(contents.entry(m.parameters()), spec.parameterCount(),
                        m.parameters());
                LibraryModel model = new LibraryModel(m.name(), m.origin() == null ? "" : m.origin(), spec, theta,
                        DataRequest.Kind.valueOf(m.dataset()));
                if (models.put(model.name(), model) != null) {
                    throw new WorkspaceException("the workspace names two models '" + m.name() + "'");
                }
            } catch (IllegalArgumentException | NullPointerException | ModelFormatException e) {
                throw new WorkspaceException("the workspace's model '" + m.name() + "' is damaged: " + e.getMessage(),
                        e);
            }
        }
        return models;
    }
}
