/**
 * The model library's entries without a screen: a {@link io.phasescope.app.library.LibraryModel} is a named MLP with
 * its parameters and dataset, whether trained, kept from a sweep, loaded from a folder or built by the {@code demo}
 * command.
 */
package io.phasescope.app.library;
