package org.cmmm.audit.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditActorTest {

    @Test
    void aUserNameIsStoredAsTyped() {
        assertThat(AuditActor.of("zhangsan")).isEqualTo("zhangsan");
        assertThat(AuditActor.of("  苏州市用户 ")).isEqualTo("苏州市用户");
    }

    @Test
    void controlAndBidirectionalCharactersAreWrittenAsEscapes() {
        assertThat(AuditActor.of("a\u0000b")).isEqualTo("a\\u0000b");
        assertThat(AuditActor.of("\u001B[31mred")).isEqualTo("\\u001B[31mred");
        assertThat(AuditActor.of("admin\u202Egnp.exe")).isEqualTo("admin\\u202Egnp.exe");
        assertThat(AuditActor.of("x\u200By\u2066z\uFEFF")).isEqualTo("x\\u200By\\u2066z\\uFEFF");
        assertThat(AuditActor.of("line\r\nbreak")).isEqualTo("line\\u000D\\u000Abreak");
    }

    @Test
    void aNameLongerThanTheColumnIsCutWithAMarker() {
        String cut = AuditActor.of("a".repeat(40));
        assertThat(cut).hasSize(AuditActor.MAX_LENGTH).endsWith(AuditActor.CUT).startsWith("a".repeat(31));
        assertThat(AuditActor.of("a".repeat(32))).isEqualTo("a".repeat(32));
        assertThat(AuditActor.of("a".repeat(33))).isEqualTo("a".repeat(31) + AuditActor.CUT);
    }

    @Test
    void aCutNeverSplitsAnEscapeOrACharacterOutsideTheBasicPlane() {
        String escapes = AuditActor.of("\u0000".repeat(10));
        assertThat(escapes).isEqualTo("\\u0000".repeat(5) + AuditActor.CUT);
        String wide = AuditActor.of("😀".repeat(40));
        assertThat(wide.codePoints().count()).isEqualTo(AuditActor.MAX_LENGTH);
        assertThat(wide).isEqualTo("😀".repeat(31) + AuditActor.CUT);
    }

    @Test
    void anEmptyNameIsNobody() {
        assertThat(AuditActor.of(null)).isEqualTo("-");
        assertThat(AuditActor.of("  ")).isEqualTo("-");
    }
}
