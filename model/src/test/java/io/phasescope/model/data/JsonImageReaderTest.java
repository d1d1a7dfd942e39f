package io.phasescope.model.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The streaming JSON image reader on small hand-written files of 2×2 images. */
class JsonImageReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsImagesSkippingPlaceholdersAndOtherFields() throws IOException {
        Path file = json("ok.json", "{\"name\": {\"x\": [1, 2]}, \"data\": [[0, 1, 2, 255], [], [10, 20, 30, 40]]}\n");

        IdxImages images = JsonImageReader.readImages(file, 2, 2);

        assertThat(images.count()).isEqualTo(2);
        assertThat(images.rows()).isEqualTo(2);
        assertThat(images.cols()).isEqualTo(2);
        assertThat(images.pixels()).containsExactly(0, 1, 2, (byte) 255, 10, 20, 30, 40);
    }

    @Test
    void readsOneFilePerClassInLabelOrder() throws IOException {
        Path zero = json("0.json", "{\"data\": [[0, 0, 0, 0], [1, 1, 1, 1]]}");
        Path one = json("1.json", "{\"data\": [[9, 9, 9, 9]]}");

        LabelledImages all = JsonImageReader.readClasses(List.of(zero, one), 2, 2);

        assertThat(all.classCount()).isEqualTo(2);
        assertThat(all.labels()).containsExactly(0, 0, 1);
        assertThat(all.images().pixels()).containsExactly(0, 0, 0, 0, 1, 1, 1, 1, 9, 9, 9, 9);
    }

    @Test
    void wrongPixelCountNamesFileAndImage() throws IOException {
        Path shortImage = json("short.json", "{\"data\": [[0, 1, 2, 3], [], [0, 1, 2]]}");
        Path longImage = json("long.json", "{\"data\": [[0, 1, 2, 3, 4]]}");

        assertThatThrownBy(() -> JsonImageReader.readImages(shortImage, 2, 2))
                .isInstanceOf(DatasetException.class)
                .hasMessage(shortImage + ": data[2] has 3 pixels, expected 4");
        assertThatThrownBy(() -> JsonImageReader.readImages(longImage, 2, 2))
                .hasMessage(longImage + ": data[0] has 5 pixels, expected 4");
    }

    @Test
    void pixelsMustBeIntegersIn0To255() throws IOException {
        for (String bad : List.of("256", "-1", "1.5", "\"7\"", "null", "[1]", "99999999999")) {
            Path file = json("bad.json", "{\"data\": [[0, 0, 0, 0], [0, " + bad + ", 0, 0]]}");

            assertThatThrownBy(() -> JsonImageReader.readImages(file, 2, 2))
                    .isInstanceOf(DatasetException.class)
                    .hasMessageStartingWith(file + ": data[1][1] is ")
                    .hasMessageEndingWith(", expected an integer pixel in 0..255");
        }
        Path big = json("big.json", "{\"data\": [[0, 0, 300, 0]]}");
        assertThatThrownBy(() -> JsonImageReader.readImages(big, 2, 2))
                .hasMessage(big + ": data[0][2] is 300, expected an integer pixel in 0..255");
    }

    @Test
    void notJsonIsRejected() throws IOException {
        Path file = json("text.json", "these are not pixels");

        assertThatThrownBy(() -> JsonImageReader.readImages(file, 2, 2))
                .isInstanceOf(DatasetException.class)
                .hasMessageStartingWith(file + ": is not valid JSON at line 1, column ");
    }

    @Test
    void truncatedFileIsRejectedWhereverItIsCut() throws IOException {
        String valid = "{\"data\": [[0, 1, 2, 3], [4, 5, 6, 7]]}";
        for (int length = 1; length < valid.length(); length++) {
            Path file = json("cut.json", valid.substring(0, length));

            assertThatThrownBy(() -> JsonImageReader.readImages(file, 2, 2))
                    .isInstanceOf(DatasetException.class)
                    .hasMessageStartingWith(file + ": is truncated: the JSON ends early, at line 1, column ");
        }
    }

    @Test
    void wrongShapesAreRejected() throws IOException {
        assertThatThrownBy(() -> JsonImageReader.readImages(json("empty.json", ""), 2, 2))
                .hasMessageContaining("empty.json: is empty");
        assertThatThrownBy(() -> JsonImageReader.readImages(json("array.json", "[[0, 1, 2, 3]]"), 2, 2))
                .hasMessageContaining("array.json: must be a JSON object");
        assertThatThrownBy(() -> JsonImageReader.readImages(json("nodata.json", "{\"images\": []}"), 2, 2))
                .hasMessageContaining("nodata.json: has no \"data\" field");
        assertThatThrownBy(() -> JsonImageReader.readImages(json("flat.json", "{\"data\": [0, 1, 2, 3]}"), 2, 2))
                .hasMessageContaining("flat.json: data[0] is 0, expected an array of 4 pixels");
        assertThatThrownBy(() -> JsonImageReader.readImages(json("none.json", "{\"data\": [[], []]}"), 2, 2))
                .hasMessageContaining("none.json: holds no images (2 entries in \"data\")");
        assertThatThrownBy(() -> JsonImageReader.readImages(json("twice.json", "{\"data\": [[0, 1, 2, 3]]} {}"), 2, 2))
                .hasMessageContaining("twice.json: has content after the JSON object");
        assertThatThrownBy(() -> JsonImageReader.readImages(dir.resolve("missing.json"), 2, 2))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("missing.json: does not exist");
    }

    private Path json(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
