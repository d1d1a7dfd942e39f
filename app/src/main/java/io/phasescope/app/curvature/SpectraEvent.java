package io.phasescope.app.curvature;

import io.phasescope.model.curvature.PointSpectrum;
import java.nio.file.Path;

/** What a {@link SpectraJob} reports from its thread; the view model applies it on the UI thread. */
public sealed interface SpectraEvent {

    /** The sweep the job runs on. */
    Path root();

    /** The job opened the sweep: its kept points and the rows already computed. */
    record Started(Path root, SweepSnapshot snapshot) implements SpectraEvent {}

    /** A message for the status bar, such as data loading. */
    record Status(Path root, String message) implements SpectraEvent {}

    /** A row was appended to {@code spectra.csv}. */
    record Row(Path root, PointSpectrum row) implements SpectraEvent {}
}
