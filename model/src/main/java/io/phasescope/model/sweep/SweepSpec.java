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
 */
public record SweepSpec(
        String name,
        DataRequest data,
        Architecture network,
        TrainingOptions options,
        SweepGrid grid,
        SweepMode mode,
        List<Long> seeds,
        int paramStride) {

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
    }

    public SweepSpec withMode(SweepMode newMode) {
        return new SweepSpec(name, data, network, options, grid, newMode, seeds, paramStride);
    }

    public SweepSpec withSeeds(List<Long> newSeeds) {
        return new SweepSpec(name, data, network, options, grid, mode, newSeeds, paramStride);
    }

    public SweepSpec withGrid(SweepGrid newGrid) {
        return new SweepSpec(name, data, network, options, newGrid, mode, seeds, paramStride);
    }

    public SweepSpec withOptions(TrainingOptions newOptions) {
        return new SweepSpec(name, data, network, newOptions, grid, mode, seeds, paramStride);
    }

    public SweepSpec withData(DataRequest newData) {
        return new SweepSpec(name, newData, network, options, grid, mode, seeds, paramStride);
    }

    /** Total number of steps: seeds × branches × grid points. */
    public int totalSteps() {
        return seeds.size() * mode.branches().size() * grid.values().length;
    }
}
