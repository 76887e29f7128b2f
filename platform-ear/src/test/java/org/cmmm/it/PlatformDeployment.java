package org.cmmm.it;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.jboss.shrinkwrap.api.ArchivePaths;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.Asset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployments of the integration tests: always the EAR the build just made (target/cmmm.ear), so that
 * the tests exercise what ships. In-container tests get their classes added to the EAR's web module; that
 * keeps one WAR in the EAR, where Arquillian's servlet protocol joins it.
 */
public final class PlatformDeployment {

    public static final String WEB_MODULE = "web-module.war";

    private PlatformDeployment() {
    }

    /** The shipped EAR, unchanged: for tests that talk HTTP or drive a browser. */
    public static EnterpriseArchive ear() {
        File ear = new File(System.getProperty("it.ear", "target/cmmm.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException("No EAR at " + ear.getAbsolutePath() + ": run the build through 'package' first");
        }
        return ShrinkWrap.create(ZipImporter.class, "cmmm.ear").importFrom(ear).as(EnterpriseArchive.class);
    }

    /**
     * The shipped EAR with the given test classes (and AssertJ) in its web module: for tests that run inside
     * the server and call boundaries directly.
     */
    public static EnterpriseArchive earWithTests(Class<?>... testClasses) {
        EnterpriseArchive ear = ear();
        WebArchive web = webModuleOf(ear);
        web.addClasses(testClasses);
        web.addClasses(PlatformDeployment.class, TestData.class, Subjects.class, BatchRuns.class);
        web.addAsLibrary(jarOf(org.assertj.core.api.Assertions.class));
        ear.delete(ArchivePaths.create(WEB_MODULE));
        ear.addAsModule(web);
        return ear;
    }

    /** A page that exists only in the test deployment, e.g. one that fails on purpose. */
    public static EnterpriseArchive earWithPage(String path, Asset page) {
        EnterpriseArchive ear = ear();
        WebArchive web = webModuleOf(ear);
        web.add(page, ArchivePaths.create(path));
        ear.delete(ArchivePaths.create(WEB_MODULE));
        ear.addAsModule(web);
        return ear;
    }

    private static WebArchive webModuleOf(EnterpriseArchive ear) {
        Node node = ear.get(WEB_MODULE);
        return ShrinkWrap.create(ZipImporter.class, WEB_MODULE)
                .importFrom(node.getAsset().openStream())
                .as(WebArchive.class);
    }

    private static File jarOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toFile();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Base URL of the platform in the test domain, e.g. http://localhost:28080/ */
    public static String baseUrl() {
        return "http://localhost:" + System.getProperty("it.http.port", "28080") + "/";
    }
}
