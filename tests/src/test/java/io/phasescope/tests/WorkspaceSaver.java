package io.phasescope.tests;

import io.phasescope.app.workspace.WorkspaceArchive;
import io.phasescope.app.workspace.WorkspaceState;
import io.phasescope.model.io.FloatFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A child process for {@link WorkspaceKillTest}: saves a workspace of {@code models} models of 2¹⁸ parameters
 * each to the given file over and over, each save with one more distinct model name, until it is killed.
 */
public final class WorkspaceSaver {

    /** Parameters per model: 1 MiB of float32. */
    static final int PARAMETERS = 1 << 18;

    private WorkspaceSaver() {}

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        int models = Integer.parseInt(args[1]);
        for (int round = 0; ; round++) {
            WorkspaceArchive.write(file, workspace(models, round), parameters(models));
        }
    }

    /** A workspace of {@code models} 256-… networks whose last model's name records the round. */
    static WorkspaceState workspace(int models, int round) {
        List<WorkspaceState.Model> list = new ArrayList<>();
        for (int m = 0; m < models; m++) {
            list.add(new WorkspaceState.Model(
                    "model " + m + " of round " + round,
                    "kill test",
                    1023,
                    List.of(),
                    "sigmoid",
                    256,
                    1,
                    "MNIST",
                    "models/" + m + ".bin"));
        }
        return new WorkspaceState(WorkspaceState.FORMAT, WorkspaceState.VERSION, "kill test", list, null, null);
    }

    static Map<String, byte[]> parameters(int models) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int m = 0; m < models; m++) {
            float[] theta = new float[PARAMETERS];
            theta[m] = m + 1;
            entries.put("models/" + m + ".bin", FloatFiles.toBytes(theta));
        }
        return entries;
    }
}
