package io.phasescope.app.curvature;

import io.phasescope.model.curvature.PointSpectrum;
import io.phasescope.model.curvature.SpectraCsv;
import io.phasescope.model.net.NetworkSpec;
import io.phasescope.model.sweep.SweepFolder;
import io.phasescope.model.sweep.SweepGrid;
import io.phasescope.model.sweep.SweepPoint;
import io.phasescope.model.sweep.SweepSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What a sweep folder holds for curvature, read from disk: its spec, the grid points whose parameters were kept
 * (the points spectra and densities can be computed at) and the rows of its {@code spectra.csv}.
 *
 * @param root the sweep folder
 * @param spec the sweep
 * @param grid the grid walked (the spec's, with any until-trivial extension)
 * @param kept grid points with kept parameters, in the order of {@code points.csv}
 * @param rows the rows of {@code spectra.csv}, in file order (empty without the file)
 */
public record SweepSnapshot(
        Path root, SweepSpec spec, SweepGrid grid, List<SweepPoint> kept, List<PointSpectrum> rows) {

    public SweepSnapshot {
        kept = List.copyOf(kept);
        rows = List.copyOf(rows);
    }

    /** Reads the sweep in {@code root}. */
    public static SweepSnapshot load(Path root) throws IOException {
        SweepFolder folder = SweepFolder.open(root);
        List<SweepPoint> kept = folder.points().stream()
                .filter(p -> p.index() >= 0 && folder.hasParameters(p.branch(), p.seed(), p.index()))
                .toList();
        Path spectra = root.resolve(SweepFolder.SPECTRA);
        return new SweepSnapshot(
                root, folder.spec(), folder.grid(), kept, Files.exists(spectra) ? SpectraCsv.read(spectra) : List.of());
    }

    /** Whether the sweep trains an MLP: exact Hessian-vector products exist only for those. */
    public boolean isMlp() {
        return spec.network() instanceof NetworkSpec;
    }

    /** The same sweep with other rows. */
    SweepSnapshot withRows(List<PointSpectrum> newRows) {
        return new SweepSnapshot(root, spec, grid, kept, newRows);
    }
}
