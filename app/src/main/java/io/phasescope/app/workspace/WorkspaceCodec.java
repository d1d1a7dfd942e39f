package io.phasescope.app.workspace;

import io.phasescope.app.library.LibraryModel;
import io.phasescope.model.data.DataRequest;
import io.phasescope.model.io.FloatFiles;
import io.phasescope.model.io.ModelFormatException;
import io.phasescope.model.net.Activation;
import io.phasescope.model.net.NetworkSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the library and the views into a {@link WorkspaceState} with its entries and back. Each model's
 * parameters are one entry, however many views refer to the model; the open sweep is embedded once
 * ({@link EmbeddedSweep}).
 */
public final class WorkspaceCodec {

    private WorkspaceCodec() {}

    /** What is saved: the manifest and the entries it names. */
    public record Snapshot(WorkspaceState state, Map<String, byte[]> entries) {}

    /**
     * A workspace of {@code library}, the Phase-diagram view {@code phase} and the Landscape view (null: the
     * view's defaults, with {@code landscapeEntries} empty), its sweep named but not yet embedded.
     */
    public static Snapshot snapshot(
            List<LibraryModel> library,
            WorkspaceState.Phase phase,
            LandscapeState landscape,
            Map<String, byte[]> landscapeEntries,
            String software) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        List<WorkspaceState.Model> models = new ArrayList<>();
        for (int i = 0; i < library.size(); i++) {
            LibraryModel m = library.get(i);
            String entry = "models/" + i + ".bin";
            entries.put(entry, FloatFiles.toBytes(m.theta()));
            NetworkSpec s = m.spec();
            models.add(new WorkspaceState.Model(
                    m.name(),
                    m.origin(),
                    s.inputSize(),
                    s.hiddenWidths(),
                    s.activation().id(),
                    s.classCount(),
                    s.initSeed(),
                    m.dataset().name(),
                    entry));
        }
        entries.putAll(landscapeEntries);
        return new Snapshot(
                new WorkspaceState(WorkspaceState.FORMAT, WorkspaceState.VERSION, software, models, phase, landscape),
                entries);
    }

    /** {@code snapshot} with the sweep folder its Phase-diagram view names embedded, when that folder exists. */
    public static Snapshot embedOpenSweep(Snapshot snapshot) throws IOException {
        WorkspaceState.Phase phase = snapshot.state().phase();
        return phase == null || phase.sweepFolder() == null || !Files.isDirectory(Path.of(phase.sweepFolder()))
                ? snapshot
                : embedSweep(snapshot, Path.of(phase.sweepFolder()));
    }

    /**
     * {@code snapshot} with the sweep in {@code folder} embedded as the Phase-diagram view's sweep. Worker thread:
     * reads the folder.
     */
    public static Snapshot embedSweep(Snapshot snapshot, Path folder) throws IOException {
        WorkspaceState.Phase phase = snapshot.state().phase();
        if (phase == null) {
            throw new IllegalArgumentException("the workspace has no Phase-diagram view to embed " + folder + " in");
        }
        EmbeddedSweep.Packed packed = EmbeddedSweep.pack(folder);
        Map<String, byte[]> entries = new LinkedHashMap<>(snapshot.entries());
        entries.putAll(packed.entries());
        return new Snapshot(snapshot.state().withPhase(phase.withEmbedded(packed.prefix())), entries);
    }

    /**
     * The sweep folder to open for a workspace: its embedded copy's folder (the named one when identical, else
     * the copy extracted under {@code extractRoot}), the named folder of a version 1 file, or null when none is
     * named. Worker thread.
     *
     * @throws WorkspaceException when the embedded copy is damaged
     */
    public static Path sweepFolder(WorkspaceArchive.Contents contents, Path extractRoot) throws IOException {
        WorkspaceState.Phase phase = contents.state().phase();
        if (phase == null) {
            return null;
        }
        Path named = phase.sweepFolder() == null ? null : Path.of(phase.sweepFolder());
        if (phase.embedded() == null) {
            return named;
        }
        Map<String, byte[]> files = EmbeddedSweep.files(contents.entries(), phase.embedded());
        return EmbeddedSweep.resolve(files, EmbeddedSweep.name(phase.embedded()), named, extractRoot);
    }

    /** The library models of a workspace, by name, in order; throws {@link WorkspaceException} when damaged. */
    public static Map<String, LibraryModel> models(WorkspaceArchive.Contents contents) {
        Map<String, LibraryModel> models = new LinkedHashMap<>();
        for (WorkspaceState.Model m : contents.state().models()) {
            try {
                NetworkSpec spec = new NetworkSpec(
                        m.inputSize(),
                        m.hiddenWidths(),
                        Activation.parse(m.activation()),
                        m.classCount(),
                        m.initSeed());
                float[] theta =
                        FloatFiles.fromBytes(contents.entry(m.parameters()), spec.parameterCount(), m.parameters());
                LibraryModel model = new LibraryModel(
                        m.name(),
                        m.origin() == null ? "" : m.origin(),
                        spec,
                        theta,
                        DataRequest.Kind.valueOf(m.dataset()));
                if (models.put(model.name(), model) != null) {
                    throw new WorkspaceException("the workspace names two models '" + m.name() + "'");
                }
            } catch (IllegalArgumentException | NullPointerException | ModelFormatException e) {
                throw new WorkspaceException(
                        "the workspace's model '" + m.name() + "' is damaged: " + e.getMessage(), e);
            }
        }
        return models;
    }
}
