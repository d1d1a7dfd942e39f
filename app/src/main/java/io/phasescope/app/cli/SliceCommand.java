package io.phasescope.app.cli;

import io.phasescope.model.data.DatasetSplit;
import io.phasescope.model.io.AtomicFiles;
import io.phasescope.model.io.ModelStore;
import io.phasescope.model.io.SavedModel;
import io.phasescope.model.landscape.Directions;
import io.phasescope.model.landscape.SliceComputer;
import io.phasescope.model.landscape.SliceGrid;
import io.phasescope.model.landscape.SliceQuantity;
import io.phasescope.model.landscape.SliceSpec;
import io.phasescope.model.train.JobControl;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code phasescope slice}: a 1D or 2D slice of the landscape around a trained model, as slice.csv. */
@Command(name = "slice", mixinStandardHelpOptions = true,
        description = {"Evaluate E, L_λ, the error or one class's error on θ₀ + a·d₁ + b·d₂ (both cores, coarse to fine).",
            "slice.csv columns: a, b, value (E and L_λ in nats; errors as 1 − accuracy). Evaluated on the test set."})
final class SliceCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions data;

    @Option(names = "--model", paramLabel = "DIR", required = true, description = "Model folder of θ₀.")
    Path model;

    @Option(names = "--direction", defaultValue = "random",
            description = "random (filter-normalized), toward (--to), plane (--to, --via). Default: ${DEFAULT-VALUE}.")
    String direction;

    @Option(names = "--to", paramLabel = "DIR", description = "Model B: d₁ = θ_B − θ₀.")
    Path to;

    @Option(names = "--via", paramLabel = "DIR", description = "Model C of the plane through θ₀, B and C.")
    Path via;

    @Option(names = "--dimensions", defaultValue = "2", description = "1 or 2. Default: ${DEFAULT-VALUE}.")
    int dimensions;

    @Option(names = "--range", defaultValue = "-1:1", paramLabel = "MIN:MAX",
            description = "Range of a and b. Default: ${DEFAULT-VALUE}.")
    String range;

    @Option(names = "--resolution", defaultValue = "41", description = "Points per axis, 2-101. Default: ${DEFAULT-VALUE}.")
    int resolution;

    @Option(names = "--quantity", defaultValue = "loss", description = "loss, reg, error or class. Default: ${DEFAULT-VALUE}.")
    String quantity;

    @Option(names = "--lambda", defaultValue = "0", description = "λ of L_λ for --quantity reg (β = 2λ).")
    double lambda;

    @Option(names = "--class", defaultValue = "0", description = "The class of --quantity class.")
    int classIndex;

    @Option(names = "--biases", defaultValue = "zero", description = "Random directions: zero or keep biases.")
    String biases;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of random directions and subsets.")
    long seed;

    @Option(names = "--workers", defaultValue = "2", description = "Threads (one core each). Default: ${DEFAULT-VALUE}.")
    int workers;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output folder.")
    Path out;

    @Override
    public Integer call() throws Exception {
        SavedModel origin = ModelStore.load(model);
        SliceSpec slice;
        try {
            slice = slice(origin);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        DatasetSplit split = data.request(seed).load(stdout::println);
        long start = System.nanoTime();
        SliceGrid grid = SliceComputer.compute(slice, split.test(), workers, level -> {
            stdout.printf(Locale.ROOT, "%d of %d points, %.1f s%n", level.computed(), level.total(),
                    (System.nanoTime() - start) / 1e9);
            stdout.flush();
        }, JobControl.none());
        StringBuilder csv = new StringBuilder("a,b,value\n");
        for (int j = 0; j < grid.b().length; j++) {
            for (int i = 0; i < grid.a().length; i++) {
                csv.append(grid.a()[i]).append(',').append(grid.b()[j]).append(',').append(grid.values()[j][i])
                        .append('\n');
            }
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(out.resolve("slice.csv"), o -> o.write(bytes));
        stdout.printf(Locale.ROOT, "%s: min %.4f at the grid; wrote %s%n", slice.quantity().label(), grid.min(),
                out.resolve("slice.csv"));
        stdout.flush();
        return 0;
    }

    private SliceSpec slice(SavedModel origin) {
        if (dimensions != 1 && dimensions != 2) {
            throw new IllegalArgumentException("--dimensions must be 1 or 2, was " + dimensions);
        }
        String[] bounds = range.split(":");
        if (bounds.length != 2) {
            throw new IllegalArgumentException("--range must be MIN:MAX, was " + range);
        }
        double min = Double.parseDouble(bounds[0]);
        double max = Double.parseDouble(bounds[1]);
        float[] theta = origin.theta();
        float[] d1;
        float[] d2;
        Directions.BiasMode biasMode = Directions.BiasMode.valueOf(biases.toUpperCase(Locale.ROOT));
        switch (direction) {
            case "random" -> {
                d1 = Directions.filterNormalized(origin.spec(), theta, seed, biasMode);
                d2 = Directions.filterNormalized(origin.spec(), theta, seed + 1, biasMode);
            }
            case "toward" -> {
                d1 = Directions.toward(theta, load(to, "--to").theta());
                d2 = Directions.filterNormalized(origin.spec(), theta, seed, biasMode);
            }
            case "plane" -> {
                Directions.Plane plane = Directions.plane(theta, load(to, "--to").theta(), load(via, "--via").theta());
                d1 = plane.d1();
                d2 = plane.d2();
            }
            default -> throw new IllegalArgumentException("--direction must be random, toward or plane, was " + direction);
        }
        SliceQuantity q = switch (quantity) {
            case "loss" -> SliceQuantity.loss();
            case "reg" -> new SliceQuantity(SliceQuantity.Kind.REGULARIZED_LOSS, lambda, 0);
            case "error" -> SliceQuantity.error();
            case "class" -> new SliceQuantity(SliceQuantity.Kind.CLASS_ERROR, 0, classIndex);
            default -> throw new IllegalArgumentException("--quantity must be loss, reg, error or class, was " + quantity);
        };
        return new SliceSpec(origin.spec(), theta, d1, dimensions == 2 ? d2 : null, min, max, min, max, resolution, q);
    }

    private static SavedModel load(Path folder, String option) {
        if (folder == null) {
            throw new IllegalArgumentException(option + " is required for this direction");
        }
        return ModelStore.load(folder);
    }
}
