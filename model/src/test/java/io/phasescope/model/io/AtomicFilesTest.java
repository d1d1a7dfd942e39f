package io.phasescope.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path folder;

    @Test
    void aWrittenFileHasTheUmasksPermissionsLikeAnyNewFileNotOwnerOnly() throws IOException {
        Path plain = Files.createFile(folder.resolve("plain.txt"));
        Path atomic = folder.resolve("atomic.txt");

        AtomicFiles.write(atomic, out -> out.write("x".getBytes(StandardCharsets.UTF_8)));

        assertThat(Files.getPosixFilePermissions(atomic)).isEqualTo(Files.getPosixFilePermissions(plain));
    }

    @Test
    void replacesContentAndLeavesNoTemporaryFile() throws IOException {
        Path file = folder.resolve("f.txt");
        AtomicFiles.write(file, out -> out.write("old".getBytes(StandardCharsets.UTF_8)));
        AtomicFiles.write(file, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));

        assertThat(Files.readString(file)).isEqualTo("new");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("f.txt");
        }
    }
}
