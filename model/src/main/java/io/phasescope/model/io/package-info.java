/**
 * Saving and loading trained models: DL4J's own serializer for the network (so any DL4J tool can read
 * it) plus a JSON sidecar with what DL4J does not record: the Phasescope spec, the training options
 * (λ in Phasescope's units, θ_ref), the data fingerprint and the seeds. Writes are atomic.
 */
package io.phasescope.model.io;
