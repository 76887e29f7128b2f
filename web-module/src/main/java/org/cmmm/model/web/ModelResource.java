package org.cmmm.model.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.cmmm.model.boundary.ModelCatalog;
import org.cmmm.model.control.MaturityModel;

/**
 * GET /api/v1/models/current and /api/v1/models/{version}: a published model version as JSON. Published
 * versions never change, so a versioned document may be cached for a day; "current" only for minutes, since
 * it moves when a new version is published. Each version's document is written once and answered with an ETag
 * (its digest): a client that has it gets 304 without the body. Building the 190 KB of JSON anew took
 * 90–130 ms a call. A client that accepts gzip gets the document gzipped, also written once: the server's own
 * compression (config/bin/http-protocol) would spend 7–8 ms on each call. The tag is weak, since it names the
 * document whichever coding carries it, which is all a client revalidating needs to know (a strong tag would have to
 * tell the codings apart).
 */
@Path("v1/models")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class ModelResource {

    /** What a version name is made of (CMMM-2020, CMMM-2020r2): anything else is not repeated in an answer. */
    private static final Pattern VERSION_NAME = Pattern.compile("[A-Za-z0-9._-]{1,40}");

    /** The documents written so far, by version; a version's model is loaded once at start-up and never changes. */
    private static final Map<String, Document> DOCUMENTS = new ConcurrentHashMap<>();

    @Inject
    ModelCatalog catalog;

    @Context
    Request request;

    @Context
    HttpHeaders headers;

    @GET
    @Path("current")
    public Response current() {
        return document(catalog.current(), 300);
    }

    @GET
    @Path("{version}")
    public Response version(@PathParam("version") String version) {
        return document(catalog.find(version).orElseThrow(() -> new NotFoundException(Response.status(404)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(unknownVersion(version))
                .build())), 86_400);
    }

    @GET
    public Response versions() {
        return Response.ok(Json.createObjectBuilder()
                .add("current", catalog.current().version())
                .add("versions", Json.createArrayBuilder(catalog.versions()))
                .build()).build();
    }

    /** The answer to an unknown version: it names the version only when it looks like one, never echoes markup. */
    static JsonObject unknownVersion(String version) {
        JsonObjectBuilder answer = Json.createObjectBuilder().add("error", "unknown model version");
        if (VERSION_NAME.matcher(version).matches()) {
            answer.add("version", version);
        }
        return answer.build();
    }

    private Response document(MaturityModel model, int maxAgeSeconds) {
        Document document = Document.of(model);
        EntityTag tag = new EntityTag(document.digest(), true);
        CacheControl cache = new CacheControl();
        cache.setMaxAge(maxAgeSeconds);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.tag(tag).cacheControl(cache).build();
        }
        if (acceptsGzip(headers.getHeaderString(HttpHeaders.ACCEPT_ENCODING))) {
            return Response.ok(document.gzip()).header(HttpHeaders.CONTENT_ENCODING, "gzip").tag(tag).cacheControl(cache).build();
        }
        return Response.ok(document.json()).tag(tag).cacheControl(cache).build();
    }

    /**
     * Whether an Accept-Encoding header takes gzip: named (or {@code *}) without {@code q=0}. Codings a client would
     * rather have are not weighed: gzip is the one the document has besides none.
     */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        boolean anyTaken = false;
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.split(";");
            String name = parts[0].strip().toLowerCase(Locale.ROOT);
            boolean refused = false;
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].strip().toLowerCase(Locale.ROOT).replace(" ", "");
                refused |= parameter.matches("q=0(\\.0{0,3})?");
            }
            if (name.equals("gzip") || name.equals("x-gzip")) {
                return !refused;
            }
            anyTaken |= name.equals("*") && !refused;
        }
        return anyTaken;
    }

    /** A model version as JSON, the same gzipped, and the digest of the JSON (its ETag). */
    record Document(MaturityModel model, byte[] json, byte[] gzip, String digest) {

        /** The document of the model, written on the first call for its version. */
        static Document of(MaturityModel model) {
            // (the same instance stands for a version; another one, e.g. after a reload, is written anew)
            return DOCUMENTS.compute(model.version(), (version, known) -> known != null && known.model() == model ? known
                    : write(model));
        }

        private static Document write(MaturityModel model) {
            byte[] json = ModelJson.of(model).toString().getBytes(StandardCharsets.UTF_8);
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(json);
                return new Document(model, json, gzip(json), HexFormat.of().formatHex(digest, 0, 16));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java platform has SHA-256", e);
            }
        }

        private static byte[] gzip(byte[] json) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(json.length / 3);
            try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
                gzip.write(json);
            } catch (IOException e) {
                throw new UncheckedIOException("writing to memory", e);
            }
            return out.toByteArray();
        }
    }
}
