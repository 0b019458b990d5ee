package org.cepkit.model;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The classes of cep-model's main code, found on disk so that a test covers classes added later too. */
final class ModelClasses {

    private ModelClasses() {
    }

    static List<Class<?>> all() {
        try {
            Path root = Path.of(CodeList.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (Stream<Path> files = Files.walk(root)) {
                return files.map(root::relativize)
                        .map(Path::toString)
                        .filter(name -> name.endsWith(".class") && !name.contains("$"))
                        .filter(name -> !name.endsWith("package-info.class") && !name.endsWith("module-info.class"))
                        .map(name -> name.substring(0, name.length() - ".class".length()))
                        .map(name -> name.replace(File.separatorChar, '.'))
                        .sorted()
                        .map(ModelClasses::load)
                        .toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
