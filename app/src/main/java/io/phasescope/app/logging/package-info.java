/**
 * Where the app logs and which failures are the user's: the rotated log folder (configured in {@code logback.xml})
 * and the exceptions that refuse a request rather than reveal a bug, logged as one line without a stack trace.
 */
package io.phasescope.app.logging;
