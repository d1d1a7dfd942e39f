/**
 * A study without Spark: the spec ({@link io.phasescope.model.study.StudySpec}, read by
 * {@link io.phasescope.model.study.StudySpecJson}), the tasks it expands to (one sweep branch each, one seed),
 * their estimated cost, the one-row summary of a finished sweep, the study folder ({@code study.json},
 * {@code study.csv}, {@code sweeps/<task>/}) and, read back for display, its variants and what their seeds found
 * ({@link io.phasescope.model.study.StudyResults}).
 */
package io.phasescope.model.study;
