package io.phasescope.cluster.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.phasescope.model.curvature.MagnitudeSpectra;
import io.phasescope.model.data.Dataset;
import io.phasescope.model.data.StratifiedSubset;
import io.phasescope.model.io.FolderLock;
import io.phasescope.model.study.StudySpectra;
import io.phasescope.model.sweep.PointSelection;
import io.phasescope.model.sweep.SweepFolder;
import io.phasescope.model.sweep.SweepMode.Branch;
import io.phasescope.model.sweep.SweepPoint;
import io.phasescope.model.sweep.SweepSpec;
import io.phasescope.model.sweep.SweepSpecJson;
import io.phasescope.model.train.JobControl;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import org.apache.spark.api.java.function.Function;

/**
 * The spectrum at one kept point on an executor, as {@code spectrum --sweep DIR --out-csv FILE} computes it
 * ({@link MagnitudeSpectra}), into the point's own {@value #FILE} under the point folder's lock: a retried task finds
 * the row and skips it. Returns the number of rows the file holds (1).
 */
final class SpectraTask implements Function<SpectraOrder, Integer> {

    /** The file in each point folder. */
    static final String FILE = "spectra.csv";

    private static final long serialVersionUID = 1L;

    @Override
    public Integer call(SpectraOrder order) throws IOException {
        Path sweepRoot = Path.of(order.sweepFolder());
        SweepSpec spec = SweepSpecJson.parse(new ObjectMapper().readTree(order.sweepJson()), "sweep", sweepRoot)
                .spec();
        SweepFolder folder = SweepFolder.open(sweepRoot);
        Branch branch = Branch.parse(order.branch());
        SweepPoint point = PointSelection.kept(folder).stream()
                .filter(p -> p.branch() == branch && p.seed() == order.seed() && p.index() == order.index())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(sweepRoot + " keeps no parameters at " + order.branch()
                        + " seed " + order.seed() + " index " + order.index()));
        StudySpectra spectra = order.spectra();
        Dataset train = ExecutorData.load(spec.data()).train();
        OptionalLong subsetSeed = OptionalLong.empty();
        if (spectra.subset() > 0 && spectra.subset() < train.size()) {
            train = StratifiedSubset.ofSize(train, spectra.subset(), spectra.seed());
            subsetSeed = OptionalLong.of(spectra.seed());
        }
        Path root = Files.createDirectories(Path.of(order.pointFolder()));
        try (FolderLock lock = FolderLock.acquire(root)) {
            return MagnitudeSpectra.run(
                            folder,
                            List.of(point),
                            train,
                            subsetSeed,
                            spectra.largestMagnitude(),
                            spectra.settings(),
                            root.resolve(FILE),
                            row -> {},
                            JobControl.none())
                    .size();
        }
    }
}
