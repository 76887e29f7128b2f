package org.cmmm.sms.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cmmm.sms.control.CodeCheck.Outcome.EXPIRED;
import static org.cmmm.sms.control.CodeCheck.Outcome.MATCH;
import static org.cmmm.sms.control.CodeCheck.Outcome.TOO_MANY_TRIES;
import static org.cmmm.sms.control.CodeCheck.Outcome.WRONG;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.cmmm.platform.control.BusinessException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class VerificationCodePolicyTest {

    private static final String MOBILE = "13800138000";
    private static final Instant T0 = Instant.parse("2025-03-03T02:00:00Z");

    private final VerificationCodePolicy policy = new VerificationCodePolicy();

    /** An instant given as Beijing wall-clock time. */
    private static Instant beijing(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(VerificationCodePolicy.DAY_ZONE).toInstant();
    }

    @Nested
    class Codes {

        @Test
        void aCodeIsSixDigits() {
            for (int i = 0; i < 1000; i++) {
                assertThat(policy.newCode()).matches("[0-9]{6}");
            }
        }

        @Test
        void leadingZerosAreKept() {
            SecureRandom fixed = new SecureRandom() {
                @Override
                public int nextInt(int bound) {
                    assertThat(bound).isEqualTo(1_000_000);
                    return 42;
                }
            };
            assertThat(new VerificationCodePolicy(fixed).newCode()).isEqualTo("000042");
        }

        @Test
        void codesAreNotRepeatedInSequence() {
            // a million possible codes: 1,000 draws with more than a handful of duplicates would mean a broken source
            Set<String> codes = new HashSet<>();
            IntStream.range(0, 1000).forEach(i -> codes.add(policy.newCode()));
            assertThat(codes).hasSizeGreaterThan(990);
        }

        @Test
        void onlyASaltedHashIsStored() {
            IssuedCode a = policy.issue(VerificationCodePolicy.PURPOSE_REGISTRATION, MOBILE, "123456", T0);
            IssuedCode b = policy.issue(VerificationCodePolicy.PURPOSE_REGISTRATION, MOBILE, "123456", T0);
            assertThat(a.codeHash()).doesNotContain("123456").hasSize(64).matches("[0-9a-f]+");
            assertThat(a.salt()).hasSize(32);
            // the same code hashes differently under another salt
            assertThat(a.salt()).isNotEqualTo(b.salt());
            assertThat(a.codeHash()).isNotEqualTo(b.codeHash());
            assertThat(a.tries()).isZero();
            assertThat(a.issuedAt()).isEqualTo(T0);
            assertThat(a.toString()).doesNotContain(a.codeHash(), a.salt(), MOBILE).contains("138****8000");
        }

        @Test
        void onlyKnownPurposesAreIssued() {
            assertThatThrownBy(() -> policy.issue("login", MOBILE, "123456", T0))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(policy.issue(VerificationCodePolicy.PURPOSE_PASSWORD_RESET, MOBILE, "123456", T0).purpose())
                    .isEqualTo("passwordReset");
        }
    }

    @Nested
    class Checking {

        private final IssuedCode issued = policy.issue(VerificationCodePolicy.PURPOSE_PASSWORD_RESET, MOBILE, "048213", T0);

        @Test
        void theRightCodeInTimeMatches() {
            CodeCheck check = policy.check(issued, "048213", T0.plusSeconds(30));
            assertThat(check.outcome()).isEqualTo(MATCH);
            assertThat(check.matched()).isTrue();
            assertThat(check.tries()).isEqualTo(1);
        }

        @Test
        void surroundingBlanksAreIgnored() {
            assertThat(policy.check(issued, " 048213 ", T0).outcome()).isEqualTo(MATCH);
        }

        @Test
        void aWrongCodeIsCountedAsATry() {
            CodeCheck check = policy.check(issued, "048214", T0.plusSeconds(30));
            assertThat(check.outcome()).isEqualTo(WRONG);
            assertThat(check.tries()).isEqualTo(1);
            assertThat(check.code().triesLeft()).isEqualTo(4);
            assertThat(policy.check(issued, "48213", T0).outcome()).isEqualTo(WRONG);
            assertThat(policy.check(issued, null, T0).outcome()).isEqualTo(WRONG);
            assertThat(policy.check(issued, "", T0).outcome()).isEqualTo(WRONG);
        }

        @Test
        void aCodeIsValidForFiveMinutes() {
            assertThat(policy.check(issued, "048213", T0.plus(Duration.ofMinutes(5)).minusMillis(1)).outcome())
                    .isEqualTo(MATCH);
            CodeCheck expired = policy.check(issued, "048213", T0.plus(Duration.ofMinutes(5)));
            assertThat(expired.outcome()).isEqualTo(EXPIRED);
            assertThat(expired.tries()).as("nothing compared, nothing counted").isZero();
            assertThat(issued.expiresAt()).isEqualTo(T0.plus(Duration.ofMinutes(5)));
        }

        @Test
        void fiveTriesAreAllowedAndTheSixthIsRefusedEvenWithTheRightCode() {
            IssuedCode current = issued;
            for (int attempt = 1; attempt <= 4; attempt++) {
                CodeCheck check = policy.check(current, "000000", T0.plusSeconds(attempt));
                assertThat(check.outcome()).isEqualTo(WRONG);
                assertThat(check.tries()).isEqualTo(attempt);
                current = check.code();
            }
            CodeCheck fifth = policy.check(current, "048213", T0.plusSeconds(5));
            assertThat(fifth.outcome()).as("the fifth try still counts").isEqualTo(MATCH);
            CodeCheck fifthWrong = policy.check(current, "000000", T0.plusSeconds(5));
            assertThat(fifthWrong.outcome()).isEqualTo(WRONG);
            assertThat(fifthWrong.code().triesLeft()).isZero();
            CodeCheck sixth = policy.check(fifthWrong.code(), "048213", T0.plusSeconds(6));
            assertThat(sixth.outcome()).isEqualTo(TOO_MANY_TRIES);
            assertThat(sixth.tries()).isEqualTo(5);
        }

        @Test
        void anExpiredCodeIsExpiredWhateverItsTries() {
            IssuedCode used = issued.withTries(5);
            assertThat(policy.check(used, "048213", T0.plus(Duration.ofMinutes(6))).outcome()).isEqualTo(EXPIRED);
        }

        @Test
        void aCodeFromAStoredRowIsCheckedTheSameWay() {
            IssuedCode reloaded = new IssuedCode(issued.purpose(), issued.mobile(), issued.codeHash(), issued.salt(),
                    issued.issuedAt(), issued.tries());
            assertThat(policy.check(reloaded, "048213", T0).outcome()).isEqualTo(MATCH);
            assertThat(new VerificationCodePolicy().check(reloaded, "048213", T0).outcome()).isEqualTo(MATCH);
        }
    }

    @Nested
    class Sending {

        @Test
        void theFirstCodeOfTheDayMayBeSent() {
            assertThat(policy.mayIssue(List.of(), T0)).isEmpty();
        }

        @Test
        void aResendWaitsSixtySecondsAndSaysHowLong() {
            List<Instant> sent = List.of(T0);
            assertThat(policy.mayIssue(sent, T0.plusSeconds(18))).contains(IssueRefusal.tooSoon(42));
            assertThat(policy.mayIssue(sent, T0.plusSeconds(59))).contains(IssueRefusal.tooSoon(1));
            assertThat(policy.mayIssue(sent, T0.plusMillis(59_001))).contains(IssueRefusal.tooSoon(1));
            assertThat(policy.mayIssue(sent, T0.plusSeconds(60))).isEmpty();
        }

        @Test
        void theWaitIsCountedFromTheLatestCodeWhateverTheOrderGiven() {
            List<Instant> sent = List.of(T0.plusSeconds(120), T0, T0.plusSeconds(60));
            assertThat(policy.mayIssue(sent, T0.plusSeconds(150))).contains(IssueRefusal.tooSoon(30));
        }

        @Test
        void tenCodesPerDayAndNoMore() {
            List<Instant> sent = new ArrayList<>();
            Instant now = beijing("2025-03-03T08:00:00");
            for (int i = 0; i < 10; i++) {
                assertThat(policy.mayIssue(sent, now)).as("code %d", i + 1).isEmpty();
                sent.add(now);
                now = now.plus(Duration.ofMinutes(10));
            }
            Optional<IssueRefusal> eleventh = policy.mayIssue(sent, now);
            assertThat(eleventh).contains(IssueRefusal.dailyCap(10));
            assertThat(eleventh.get().messageKey()).isEqualTo("sms.dailyCap");
        }

        @Test
        void theCapIsReportedBeforeTheWait() {
            Instant now = beijing("2025-03-03T12:00:00");
            List<Instant> sent = IntStream.range(0, 10).mapToObj(i -> now.minusSeconds(10L * (10 - i))).toList();
            assertThat(policy.mayIssue(sent, now.plusSeconds(1))).contains(IssueRefusal.dailyCap(10));
        }

        @Test
        void theDayIsTheBeijingDayNotTheUtcDay() {
            // ten codes on 3 March in Beijing, the last at 23:59; 00:01 in Beijing is 4 March, though UTC still says 3 March
            List<Instant> sent = new ArrayList<>(IntStream.range(0, 9)
                    .mapToObj(i -> beijing("2025-03-03T23:40:00").plus(Duration.ofMinutes(2L * i))).toList());
            sent.add(beijing("2025-03-03T23:59:00"));
            assertThat(sent.get(9)).isEqualTo(beijing("2025-03-03T23:59:00"));
            Instant afterMidnight = beijing("2025-03-04T00:01:00");
            assertThat(afterMidnight.toString()).startsWith("2025-03-03T16:01");
            assertThat(policy.mayIssue(sent, beijing("2025-03-03T23:59:30"))).contains(IssueRefusal.dailyCap(10));
            assertThat(policy.mayIssue(sent, afterMidnight)).isEmpty();
        }

        @Test
        void codesEarlyInTheBeijingDayCountThoughTheyFallOnTheUtcDayBefore() {
            // 00:01 to 00:19 Beijing on 4 March is 3 March in UTC; at 09:00 Beijing (4 March UTC too) they still count
            List<Instant> sent = IntStream.range(0, 10)
                    .mapToObj(i -> beijing("2025-03-04T00:01:00").plus(Duration.ofMinutes(2L * i))).toList();
            assertThat(sent.get(0).toString()).startsWith("2025-03-03T16:01");
            assertThat(policy.mayIssue(sent, beijing("2025-03-04T09:00:00"))).contains(IssueRefusal.dailyCap(10));
        }

        @Test
        void theResendWaitCrossesMidnight() {
            List<Instant> sent = List.of(beijing("2025-03-03T23:59:30"));
            assertThat(policy.mayIssue(sent, beijing("2025-03-04T00:00:10"))).contains(IssueRefusal.tooSoon(20));
        }

        @Test
        void aRefusalCanBeThrownWithItsKeyAndArguments() {
            assertThatThrownBy(() -> policy.requireMayIssue(List.of(T0), T0.plusSeconds(15)))
                    .isInstanceOfSatisfying(BusinessException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("sms.resend.tooSoon");
                        assertThat(e.arguments()).containsExactly(45L);
                    });
            assertThatCode(() -> policy.requireMayIssue(List.of(T0), T0.plusSeconds(60))).doesNotThrowAnyException();
        }
    }

    @Nested
    class Reminders {

        @Test
        void aReminderIsRecordedWithItsPurposeAndMatchesNoCodeAtAll() {
            IssuedCode reminder = policy.reminder(MOBILE, T0);
            assertThat(reminder.purpose()).isEqualTo(VerificationCodePolicy.PURPOSE_USER_NAMES);
            assertThat(reminder.issuedAt()).isEqualTo(T0);
            assertThat(reminder.triesLeft()).as("nothing to try").isZero();
            for (String entered : List.of("", "000000", "123456", reminder.codeHash(), reminder.salt())) {
                assertThat(policy.matches(reminder, entered)).as(entered).isFalse();
            }
            assertThat(policy.reminder(MOBILE, T0).codeHash()).isNotEqualTo(reminder.codeHash());
        }
    }

    @Nested
    class Tickets {

        @Test
        void aTicketIs128RandomBitsStoredAsItsHashAndValidFifteenMinutes() {
            CodeTicket ticket = policy.ticket(T0);
            assertThat(ticket.token()).matches("[0-9a-f]{32}");
            assertThat(ticket.hash()).isEqualTo(CodeTicket.hashOf(ticket.token())).isNotEqualTo(ticket.token())
                    .matches("[0-9a-f]{64}");
            assertThat(ticket.until()).isEqualTo(T0.plus(Duration.ofMinutes(15)));
            assertThat(CodeTicket.isValid(ticket.until(), ticket.until().minusMillis(1))).isTrue();
            assertThat(CodeTicket.isValid(ticket.until(), ticket.until())).isFalse();
            assertThat(CodeTicket.isValid(null, T0)).isFalse();
            assertThat(ticket.toString()).doesNotContain(ticket.token());
        }

        @Test
        void ticketsDoNotRepeatAndNullHasAHashThatNoTicketHas() {
            Set<String> tokens = new HashSet<>();
            IntStream.range(0, 1000).forEach(i -> tokens.add(policy.ticket(T0).token()));
            assertThat(tokens).hasSize(1000);
            assertThat(CodeTicket.hashOf(null)).isEqualTo(CodeTicket.hashOf(""));
        }
    }
}
