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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.regex.Pattern;
import org.cmmm.model.boundary.ModelCatalog;
import org.cmmm.model.control.MaturityModel;

/**
 * GET /api/v1/models/current and /api/v1/models/{version}: a published model version as JSON. Published
 * versions never change, so a versioned document may be cached for a day; "current" only for minutes, since
 * it moves when a new version is published.
 */
@Path("v1/models")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class ModelResource {

    /** What a version name is made of (CMMM-2020, CMMM-2020r2): anything else is not repeated in an answer. */
    private static final Pattern VERSION_NAME = Pattern.compile("[A-Za-z0-9._-]{1,40}");

    @Inject
    ModelCatalog catalog;

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

    private static Response document(MaturityModel model, int maxAgeSeconds) {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(maxAgeSeconds);
        return Response.ok(ModelJson.of(model)).cacheControl(cache).build();
    }
}
