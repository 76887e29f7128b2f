package org.cmmm.model.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.cmmm.model.control.MaturityModel;
import org.cmmm.model.control.ModelReader;
import org.junit.jupiter.api.Test;

class ModelResourceTest {

    @Test
    void anUnknownVersionIsNamedOnlyWhenItLooksLikeOne() {
        assertThat(ModelResource.unknownVersion("NO-SUCH-VERSION").getString("version")).isEqualTo("NO-SUCH-VERSION");
        assertThat(ModelResource.unknownVersion("<script>alert(1)</script>")).doesNotContainKey("version")
                .containsKey("error");
        assertThat(ModelResource.unknownVersion("A".repeat(41))).doesNotContainKey("version");
    }

    @Test
    void aVersionsDocumentIsWrittenOnceWithTheDigestOfItsBytes() throws Exception {
        MaturityModel model = shipped("CMMM-2020r2");
        ModelResource.Document first = ModelResource.Document.of(model);
        assertThat(ModelResource.Document.of(model)).isSameAs(first);
        assertThat(Json.createReader(new StringReader(new String(first.json(), StandardCharsets.UTF_8))).readObject()
                .getString("version")).isEqualTo("CMMM-2020r2");
        assertThat(first.digest()).matches("[0-9a-f]{32}");

        MaturityModel other = shipped("CMMM-2020");
        assertThat(ModelResource.Document.of(other).digest()).isNotEqualTo(first.digest());
        // another instance of the same version (a reload) is written anew, to the same bytes and tag
        ModelResource.Document again = ModelResource.Document.of(shipped("CMMM-2020r2"));
        assertThat(again).isNotSameAs(first);
        assertThat(again.digest()).isEqualTo(first.digest());
    }

    @Test
    void theGzippedDocumentIsTheDocument() throws Exception {
        ModelResource.Document document = ModelResource.Document.of(shipped("CMMM-2020r2"));
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(document.gzip()))) {
            assertThat(in.readAllBytes()).isEqualTo(document.json());
        }
        assertThat(document.gzip().length).isLessThan(document.json().length / 2);
    }

    @Test
    void gzipIsTakenWhenTheClientNamesItOrAnyCodingWithoutRefusingIt() {
        assertThat(ModelResource.acceptsGzip("gzip, deflate, br")).isTrue();
        assertThat(ModelResource.acceptsGzip("br;q=1.0, GZIP;q=0.5")).isTrue();
        assertThat(ModelResource.acceptsGzip("x-gzip")).isTrue();
        assertThat(ModelResource.acceptsGzip("*")).isTrue();
        assertThat(ModelResource.acceptsGzip("gzip;q=0.001")).isTrue();

        assertThat(ModelResource.acceptsGzip(null)).isFalse();
        assertThat(ModelResource.acceptsGzip("")).isFalse();
        assertThat(ModelResource.acceptsGzip("identity")).isFalse();
        assertThat(ModelResource.acceptsGzip("deflate, br")).isFalse();
        assertThat(ModelResource.acceptsGzip("gzip;q=0")).isFalse();
        assertThat(ModelResource.acceptsGzip("gzip; q=0.000, *")).as("refused by name, whatever * says").isFalse();
        assertThat(ModelResource.acceptsGzip("*;q=0")).isFalse();
        assertThat(ModelResource.acceptsGzip("gzipped")).isFalse();
    }

    private static MaturityModel shipped(String version) throws Exception {
        try (InputStream in = Files.newInputStream(Path.of("../config/model/" + version + ".json"))) {
            return new ModelReader().read(in);
        }
    }
}
