/**
 * Network specifications and the flat parameter vector θ.
 *
 * <p>θ uses DeepLearning4J's layout, so that models stay interchangeable with
 * {@code MultiLayerNetwork}: for each dense layer in order, the weight matrix W of shape
 * {@code [nIn, nOut]} stored column-major (element (i, j) at {@code i + j·nIn}), followed by the bias
 * vector b of length {@code nOut}. The output layer is linear and feeds a softmax.
 */
package io.phasescope.model.net;
