package io.phasescope.app.curvature;

import io.phasescope.app.task.BackgroundTask;
import io.phasescope.model.curvature.HessianOperator;
import io.phasescope.model.curvature.SpectralDensity;
import io.phasescope.model.curvature.StochasticLanczosQuadrature;
import io.phasescope.model.data.Dataset;
import io.phasescope.model.net.NetworkSpec;
import io.phasescope.model.sweep.SweepFolder;
import io.phasescope.model.sweep.SweepPoint;
import io.phasescope.model.train.HessianProduct;
import io.phasescope.model.train.JobControl;
import io.phasescope.model.train.Precision;
import java.nio.file.Path;

/**
 * The spectral density of ∇²L_λ at one kept sweep point by stochastic Lanczos quadrature, on a worker thread
 * with its own Hessian-vector product.
 */
public final class DensityJob implements BackgroundTask.Work<DensityResult> {

    private final Path root;
    private final SweepPoint point;
    private final int images;
    private final int probes;
    private final int steps;
    private final CurvatureData data;
    private final Precision precision;

    /**
     * @param images training images (0 = all)
     * @param probes SLQ probes, ≥ 1
     * @param steps Lanczos steps per probe, ≥ 1 (at most the parameter count is used)
     * @param precision of the Hessian-vector products
     */
    public DensityJob(
            Path root, SweepPoint point, int images, int probes, int steps, CurvatureData data, Precision precision) {
        this.precision = precision;
        this.root = root;
        this.point = point;
        this.images = images;
        this.probes = probes;
        this.steps = steps;
        this.data = data;
    }

    @Override
    public DensityResult call(JobControl control) throws Exception {
        long start = System.nanoTime();
        SweepFolder folder = SweepFolder.open(root);
        if (!(folder.spec().network() instanceof NetworkSpec mlp)) {
            throw new IllegalArgumentException("Hessian densities need an MLP sweep; this sweep trains "
                    + folder.spec().network().describe());
        }
        float[] theta = folder.parameters(point.branch(), point.seed(), point.index())
                .orElseThrow(() ->
                        new IllegalArgumentException("the parameters at λ = " + point.lambda() + " were not kept"));
        Dataset train = data.train(folder.spec(), images, message -> {});
        control.checkpoint();
        try (HessianProduct product = HessianProduct.of(precision, mlp, train)) {
            HessianOperator hessian = new HessianOperator(product, theta, point.lambda());
            SpectralDensity density = StochasticLanczosQuadrature.density(
                    hessian, probes, Math.min(steps, hessian.dimension()), CurvatureData.SEED, control);
            return new DensityResult(root, point, density, product.examples(), (System.nanoTime() - start) / 1e9);
        }
    }
}
