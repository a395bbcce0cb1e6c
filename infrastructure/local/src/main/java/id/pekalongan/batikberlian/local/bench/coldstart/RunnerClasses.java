package id.pekalongan.batikberlian.local.bench.coldstart;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The few classes a cold-start JVM needs beside the Lambda package — the invoker that plays Lambda's runtime and the
 * hello baseline — copied into a directory of their own. Putting the whole jar they live in on the class path instead
 * would hand Spring its tens of thousands of other classes to scan and its auto-configurations to weigh, which the
 * package in Lambda never sees.
 */
final class RunnerClasses {

    private RunnerClasses() {
    }

    /** Copies each class and its nested classes ({@code Name$...}) into {@code dir}, where they keep their paths. */
    static void copy(Path dir, List<Class<?>> classes) throws IOException {
        for (Class<?> c : classes) {
            String path = c.getName().replace('.', '/');
            for (String resource : withNested(c, path)) {
                Path target = dir.resolve(resource);
                Files.createDirectories(target.getParent());
                try (InputStream in = c.getClassLoader().getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new IOException(resource + " is not on the class path");
                    }
                    Files.copy(in, target);
                }
            }
        }
    }

    private static List<String> withNested(Class<?> c, String path) throws IOException {
        List<String> names = new ArrayList<>();
        names.add(path + ".class");
        Path source;
        try {
            source = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        String nestedPrefix = path + "$";
        if (Files.isDirectory(source)) {
            try (Stream<Path> files = Files.list(source.resolve(path).getParent())) {
                files.map(f -> source.relativize(f).toString().replace('\\', '/'))
                        .filter(n -> n.startsWith(nestedPrefix) && n.endsWith(".class")).forEach(names::add);
            }
        } else {
            try (JarFile jar = new JarFile(source.toFile())) {
                jar.stream().map(JarEntry::getName).filter(n -> n.startsWith(nestedPrefix) && n.endsWith(".class"))
                        .forEach(names::add);
            }
        }
        return names;
    }
}
