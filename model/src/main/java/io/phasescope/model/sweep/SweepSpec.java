package io.phasescope.model.sweep;

import io.phasescope.model.data.DataRequest;
import io.phasescope.model.net.Architecture;
import io.phasescope.model.train.TrainingOptions;
import java.util.List;

/**
 * Everything that defines a sweep. The network's init seed and the options' shuffle seed are replaced per
 * seed of {@code seeds}; the options' λ is replaced by each grid value.
 *
 * @param name a label, for example the preset's name
 * @param data the data to train and test on
 * @param network the architecture (an MLP or the patterns CNN)
 * @param options optimizer settings per step (θ_ref included; λ and shuffle seed are set per step)
 * @param grid the λ values
 * @param mode which branches to walk
 * @param seeds one independent sweep per seed, 1 to 64 of them, distinct
 * @param paramStride keep the parameters of every {@code paramStride}-th grid point (≥ 1)
 * @param untilTrivial whether the up branch goes on past the grid until the trivial phase (linear grids)
 */
public record SweepSpec(
        String name,
        DataRequest data,
        Architecture network,
        TrainingOptions options,
        SweepGrid grid,
        SweepMode mode,
        List<Long> seeds,
        int paramStride,
        UntilTrivial untilTrivial) {

    public SweepSpec {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("sweep name must not be blank");
        }
        if (data == null || network == null || options == null || grid == null || mode == null) {
            throw new IllegalArgumentException("data, network, options, grid and mode must all be given");
        }
        seeds = List.copyOf(seeds);
        if (seeds.isEmpty() || seeds.size() > 64 || seeds.stream().distinct().count() != seeds.size()) {
            throw new IllegalArgumentException("seeds must be 1 to 64 distinct values, were " + seeds);
        }
        if (paramStride < 1) {
            throw new IllegalArgumentException("paramStride must be >= 1, was " + paramStride);
        }
        if (untilTrivial == null) {
            throw new IllegalArgumentException("untilTrivial must be given (UntilTrivial.off() for none)");
        }
        untilTrivial.maxPoints(grid);
    }

    /** A sweep that walks its grid and no further. */
    public SweepSpec(
            String name,
            DataRequest data,
            Architecture network,
            TrainingOptions options,
            SweepGrid grid,
            SweepMode mode,
            List<Long> seeds,
            int paramStride) {
        this(name, data, network, options, grid, mode, seeds, paramStride, UntilTrivial.off());
    }

    public SweepSpec withUntilTrivial(UntilTrivial newUntilTrivial) {
        return new SweepSpec(name, data, network, options, grid, mode, seeds, paramStride, newUntilTrivial);
    }

    public SweepSpec withMode(SweepMode newMode) {
        return new SweepSpec(name, data, network, options, grid, newMode, seeds, paramStride, untilTrivial);
    }

    public SweepSpec withSeeds(List<Long> newSeeds) {
        return new SweepSpec(name, data, network, options, grid, mode, newSeeds, paramStride, untilTrivial);
    }

    /**
     * The same sweep on {@code newGrid}; an until-trivial extension follows it (capped at 10× its end), and is
     * dropped on a log grid, which cannot be extended.
     */
    public SweepSpec withGrid(SweepGrid newGrid) {
        UntilTrivial extension = !untilTrivial.enabled()
                ? untilTrivial
                : newGrid.isLog() ? UntilTrivial.off() : UntilTrivial.upTo10TimesTheEndOf(newGrid);
        return new SweepSpec(name, data, network, options, newGrid, mode, seeds, paramStride, extension);
    }

    public SweepSpec withOptions(TrainingOptions newOptions) {
        return new SweepSpec(name, data, network, newOptions, grid, mode, seeds, paramStride, untilTrivial);
    }

    public SweepSpec withData(DataRequest newData) {
        return new SweepSpec(name, newData, network, options, grid, mode, seeds, paramStride, untilTrivial);
    }

    /** Total number of steps: seeds × branches × grid points. */
    public int totalSteps() {
        return seeds.size() * mode.branches().size() * grid.values().length;
    }
}
