/**
 * Training and evaluation of a network under the L2 probe.
 *
 * <p>The objective is {@code L_λ(θ) = E(θ) + λ‖θ − θ_ref‖²} over all weights and biases, with E the
 * mean softmax cross-entropy in nats; its gradient term {@code 2λ(θ − θ_ref)} is added to the data
 * gradient before Adam. λ is in Phasescope's units: a framework weight decay β equals {@code 2λ}.
 *
 * <p>{@link io.phasescope.model.train.TrainingEngine} is the seam around the hot path (a train step,
 * the loss and the gradient at a flat θ); {@link io.phasescope.model.train.MlpEngine} implements it
 * directly on ND4J with preallocated buffers. {@link io.phasescope.model.train.Trainer} runs epochs with
 * early stopping on the training objective, reports to a plain-Java
 * {@link io.phasescope.model.train.TrainingListener}, and honours a
 * {@link io.phasescope.model.train.JobControl} for pause and cancel within one batch.
 */
package io.phasescope.model.train;
