package org.cmmm.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.exporter.ExplodedExporter;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * What the shipped application answers to, read from the EAR the build made rather than listed by hand, so that a
 * new page or REST resource joins every test that walks the surface (the cross-tenant matrix, the bad-input corpus)
 * without anyone remembering to add it: every Faces view in the web module with the view parameters it declares,
 * every JAX-RS GET path of the classes in it, and the URL patterns of its servlets.
 */
public final class ApplicationSurface {

    private static final Pattern VIEW_PARAM = Pattern.compile("<f:viewParam\\s[^>]*name=\"([^\"]+)\"");
    /** Endpoints the server itself adds to the application (MicroProfile Health and Metrics). */
    private static final List<String> SERVER_ENDPOINTS = List.of("health", "health/ready", "health/live", "metrics");

    private final Map<String, Set<String>> pages;
    private final List<String> restPaths;
    private final Set<String> servlets;

    private ApplicationSurface(Map<String, Set<String>> pages, List<String> restPaths, Set<String> servlets) {
        this.pages = pages;
        this.restPaths = restPaths;
        this.servlets = servlets;
    }

    /** The surface of the EAR the build just made (target/cmmm.ear). */
    public static ApplicationSurface ofShippedEar() {
        EnterpriseArchive ear = PlatformDeployment.ear();
        Node node = ear.get(PlatformDeployment.WEB_MODULE);
        WebArchive web = ShrinkWrap.create(ZipImporter.class, PlatformDeployment.WEB_MODULE)
                .importFrom(node.getAsset().openStream()).as(WebArchive.class);
        List<String> restPaths = new ArrayList<>();
        Set<String> servlets = new TreeSet<>();
        classesOf(web, restPaths, servlets);
        return new ApplicationSurface(pagesOf(web), restPaths, servlets);
    }

    /** Each view (path relative to the context root, e.g. {@code diagnosis/answer.xhtml}) with its view parameters. */
    public Map<String, Set<String>> pages() {
        return pages;
    }

    /** Each GET path of the REST API and the server's endpoints; a path template's parameters are written {@code {name}}. */
    public List<String> getPaths() {
        List<String> all = new ArrayList<>(restPaths);
        all.addAll(SERVER_ENDPOINTS);
        return all;
    }

    /** The URL patterns of the application's own servlets ({@code @WebServlet}, e.g. {@code report/*}): downloads and short links. */
    public Set<String> servlets() {
        return servlets;
    }

    private static Map<String, Set<String>> pagesOf(WebArchive web) {
        Map<String, Set<String>> pages = new TreeMap<>();
        for (ArchivePath path : web.getContent().keySet()) {
            String name = path.get().substring(1);
            if (name.endsWith(".xhtml") && !name.startsWith("WEB-INF/") && !name.startsWith("resources/")) {
                Set<String> parameters = new TreeSet<>();
                Matcher matcher = VIEW_PARAM.matcher(text(web.get(path)));
                while (matcher.find()) {
                    parameters.add(matcher.group(1));
                }
                pages.put(name, parameters);
            }
        }
        if (pages.isEmpty()) {
            throw new IllegalStateException("No views found in the web module");
        }
        return pages;
    }

    /**
     * Loads every class of the web module that mentions {@code @Path} or {@code @WebServlet}: joins the application,
     * class and method paths of the REST resources, and collects the servlets' URL patterns.
     */
    private static void classesOf(WebArchive web, List<String> paths, Set<String> servlets) {
        try {
            Path exploded = Files.createTempDirectory("cmmm-war");
            web.as(ExplodedExporter.class).exportExploded(exploded.toFile(), "war");
            Path classes = exploded.resolve("war/WEB-INF/classes");
            List<String> candidates;
            try (Stream<Path> files = Files.walk(classes)) {
                candidates = files.filter(file -> file.toString().endsWith(".class") && mentionsPath(file))
                        .map(file -> classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", ""))
                        .toList();
            }
            List<URL> urls = new ArrayList<>(List.of(classes.toUri().toURL()));
            try (Stream<Path> jars = Files.list(exploded.resolve("war/WEB-INF/lib"))) {
                for (Path jar : jars.toList()) {
                    urls.add(jar.toUri().toURL());
                }
            }
            try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ApplicationSurface.class.getClassLoader())) {
                String root = null;
                List<Class<?>> resources = new ArrayList<>();
                for (String name : candidates) {
                    Class<?> type = Class.forName(name, false, loader);
                    if (type.isAnnotationPresent(jakarta.ws.rs.ApplicationPath.class)) {
                        root = type.getAnnotation(jakarta.ws.rs.ApplicationPath.class).value();
                    }
                    if (type.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
                        resources.add(type);
                    }
                    if (type.isAnnotationPresent(jakarta.servlet.annotation.WebServlet.class)) {
                        jakarta.servlet.annotation.WebServlet servlet = type.getAnnotation(jakarta.servlet.annotation.WebServlet.class);
                        for (String pattern : servlet.value().length > 0 ? servlet.value() : servlet.urlPatterns()) {
                            servlets.add(pattern.replaceFirst("^/", ""));
                        }
                    }
                }
                if (root == null || resources.isEmpty()) {
                    throw new IllegalStateException("No JAX-RS application or resource found in the web module");
                }
                for (Class<?> resource : resources) {
                    String base = join(root, resource.getAnnotation(jakarta.ws.rs.Path.class).value());
                    for (Method method : resource.getMethods()) {
                        if (method.isAnnotationPresent(jakarta.ws.rs.GET.class)) {
                            jakarta.ws.rs.Path path = method.getAnnotation(jakarta.ws.rs.Path.class);
                            paths.add(path == null ? base : join(base, path.value()));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean mentionsPath(Path classFile) {
        try {
            String bytes = new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1);
            return bytes.contains("Ljakarta/ws/rs/Path;") || bytes.contains("Ljakarta/ws/rs/ApplicationPath;")
                    || bytes.contains("Ljakarta/servlet/annotation/WebServlet;");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String join(String left, String right) {
        String a = left.replaceAll("^/+|/+$", "");
        String b = right.replaceAll("^/+|/+$", "");
        return a.isEmpty() ? b : b.isEmpty() ? a : a + "/" + b;
    }

    private static String text(Node node) {
        try (var in = node.getAsset().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
