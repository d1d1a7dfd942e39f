/**
 * The science of Phasescope, free of any user interface.
 *
 * <p>The error {@code E(θ)} is the mean softmax cross-entropy (nats) of a multilayer perceptron
 * on a dataset. The L2 probe adds {@code λ‖θ − θ_ref‖²} over all weights and biases; a framework
 * "weight decay" β corresponds to {@code λ = β/2}. Sub-packages: {@code data} (datasets),
 * {@code net} (network specifications and parameter layout), {@code train} (the training engine,
 * optimizer and evaluation) and {@code io} (saving and loading models). Results cross threads only
 * as immutable records of plain Java arrays.
 */
package io.phasescope.model;
