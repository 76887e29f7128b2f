package org.cmmm.model.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ModelResourceTest {

    @Test
    void anUnknownVersionIsNamedOnlyWhenItLooksLikeOne() {
        assertThat(ModelResource.unknownVersion("NO-SUCH-VERSION").getString("version")).isEqualTo("NO-SUCH-VERSION");
        assertThat(ModelResource.unknownVersion("<script>alert(1)</script>")).doesNotContainKey("version")
                .containsKey("error");
        assertThat(ModelResource.unknownVersion("A".repeat(41))).doesNotContainKey("version");
    }
}
