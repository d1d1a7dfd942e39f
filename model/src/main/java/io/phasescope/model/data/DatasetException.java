package io.phasescope.model.data;

import java.nio.file.Path;

/**
 * A data file or folder is missing, malformed or cannot be obtained.
 *
 * <p>The message always starts with the offending path, followed by the problem, so it can be shown to
 * the user as is: {@code "/data/train-labels-idx1-ubyte: label 12 at index 7 is outside [0, 10)"}.
 */
public final class DatasetException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final boolean unobtainable;

    /** @param file the file or folder at fault; {@code problem} says what is wrong with it */
    public DatasetException(Path file, String problem) {
        this(file, problem, null);
    }

    /** @param cause the underlying I/O or process failure, may be {@code null} */
    public DatasetException(Path file, String problem, Throwable cause) {
        this(file, problem, cause, false);
    }

    private DatasetException(Path file, String problem, Throwable cause, boolean unobtainable) {
        super(file + ": " + problem, cause);
        this.file = file;
        this.unobtainable = unobtainable;
    }

    /**
     * The data is not in its cache and fetching it failed (no npm, no network): the message says how to supply it,
     * and the app offers its bundled demo workspace instead.
     *
     * @param folder the cache folder that stays empty or incomplete
     * @param cause the failure of the fetch
     */
    public static DatasetException unobtainable(Path folder, String problem, Throwable cause) {
        return new DatasetException(folder, problem, cause, true);
    }

    /** Whether the data could not be obtained at all ({@link #unobtainable}), rather than being malformed. */
    public boolean isUnobtainable() {
        return unobtainable;
    }

    /** The file or folder at fault. */
    public Path file() {
        return file;
    }
}
