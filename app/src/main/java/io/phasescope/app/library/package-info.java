/**
 * The model library's entries without a screen: a {@link io.phasescope.app.library.LibraryModel} is a named MLP with
 * its parameters and dataset, whether trained, kept from a sweep, loaded from a folder or built by the {@code demo}
 * command; {@link io.phasescope.app.library.SeedTrainingJob} trains independent minima, one per seed, on worker
 * threads ("Train minima").
 */
package io.phasescope.app.library;
