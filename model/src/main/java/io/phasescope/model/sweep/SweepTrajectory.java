package io.phasescope.model.sweep;

import io.phasescope.model.sweep.SweepMode.Branch;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The models a sweep kept along one walk (a branch and seed), in walking order: the trajectory that
 * principal-component directions are fitted to and that the landscape draws projected onto a slice.
 *
 * @param branch the branch walked
 * @param seed its seed
 * @param lambdas λ of each kept model
 * @param thetas the kept parameters, one array per λ
 */
public record SweepTrajectory(Branch branch, long seed, double[] lambdas, List<float[]> thetas) {

    public SweepTrajectory {
        thetas = List.copyOf(thetas);
        if (lambdas.length != thetas.size()) {
            throw new IllegalArgumentException(lambdas.length + " λ values for " + thetas.size() + " models");
        }
    }

    /** Every walk of {@code folder} with at least one kept model, in the order their points were recorded. */
    public static List<SweepTrajectory> load(SweepFolder folder) throws IOException {
        Map<String, List<SweepPoint>> byWalk = new LinkedHashMap<>();
        for (SweepPoint p : folder.points()) {
            byWalk.computeIfAbsent(p.branch().id() + "-" + p.seed(), key -> new ArrayList<>())
                    .add(p);
        }
        List<SweepTrajectory> walks = new ArrayList<>();
        for (List<SweepPoint> walk : byWalk.values()) {
            List<Double> lambdas = new ArrayList<>();
            List<float[]> thetas = new ArrayList<>();
            for (SweepPoint p : walk) {
                Optional<float[]> kept = folder.parameters(p.branch(), p.seed(), p.index());
                if (kept.isPresent()) {
                    lambdas.add(p.lambda());
                    thetas.add(kept.get());
                }
            }
            if (!thetas.isEmpty()) {
                walks.add(new SweepTrajectory(
                        walk.get(0).branch(),
                        walk.get(0).seed(),
                        lambdas.stream().mapToDouble(Double::doubleValue).toArray(),
                        thetas));
            }
        }
        return walks;
    }

    /** A label such as "up · seed 1". */
    public String label() {
        return branch.id() + " · seed " + seed;
    }
}
