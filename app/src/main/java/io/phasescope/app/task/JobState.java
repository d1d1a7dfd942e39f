package io.phasescope.app.task;

/** Where the Training view's job is in its life. */
public enum JobState {
    /** No job: the form can be edited and Train pressed. */
    IDLE,
    /** Fetching or reading the data and starting the engine. */
    LOADING,
    /** Running minibatches. */
    TRAINING,
    /** Waiting at a checkpoint until resumed. */
    PAUSED,
    /** Cancelled, waiting for the job to reach its next checkpoint. */
    STOPPING;

    /** Whether a job exists in this state. */
    public boolean isActive() {
        return this != IDLE;
    }
}
