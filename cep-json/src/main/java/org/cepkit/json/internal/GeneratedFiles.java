package org.cepkit.json.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Writes the files a generator makes (the JSON Schemas, the Data Package, the reference docs) into a folder. */
public final class GeneratedFiles {

    private GeneratedFiles() {
    }

    /** Writes each of {@code files} (file name → UTF-8 text) into {@code directory}, creating it if needed. */
    public static void write(Path directory, Map<String, String> files) throws IOException {
        Files.createDirectories(directory);
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.writeString(directory.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
    }
}
