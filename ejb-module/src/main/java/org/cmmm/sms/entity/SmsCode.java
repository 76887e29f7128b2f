package org.cmmm.sms.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.cmmm.sms.control.CodeTicket;
import org.cmmm.sms.control.IssuedCode;
import org.cmmm.sms.control.VerificationCodePolicy;

/** A verification code sent by SMS; only its salted hash is stored. Times in UTC. */
@Entity
@Table(name = "sms_code")
@NamedQuery(name = SmsCode.LATEST, query = "select c from SmsCode c where c.mobile = :mobile and c.purpose = :purpose"
        + " order by c.issuedAt desc, c.id desc")
@NamedQuery(name = SmsCode.ISSUED_SINCE, query = "select c.issuedAt from SmsCode c where c.mobile = :mobile"
        + " and c.purpose = :purpose and c.issuedAt >= :since")
@NamedQuery(name = SmsCode.BY_TICKET, query = "select c from SmsCode c where c.ticketHash = :hash")
public class SmsCode {

    public static final String LATEST = "SmsCode.latest";
    public static final String BY_TICKET = "SmsCode.byTicket";
    public static final String ISSUED_SINCE = "SmsCode.issuedSince";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 20)
    private String purpose;

    @Column(nullable = false, length = 11)
    private String mobile;

    @Column(name = "code_hash", nullable = false, length = 64)
    private String codeHash;

    @Column(nullable = false, length = 32)
    private String salt;

    @Column(name = "issued_at", nullable = false)
    private LocalDateTime issuedAt;

    @Column(nullable = false)
    private int tries;

    @Column(nullable = false)
    private boolean used;

    /** SHA-256 of the ticket a matched code left for a second step ({@link CodeTicket}); null once redeemed. */
    @Column(name = "ticket_hash", length = 64)
    private String ticketHash;

    @Column(name = "ticket_until")
    private LocalDateTime ticketUntil;

    protected SmsCode() {
        // for JPA
    }

    public SmsCode(IssuedCode issued) {
        this.purpose = issued.purpose();
        this.mobile = issued.mobile();
        this.codeHash = issued.codeHash();
        this.salt = issued.salt();
        this.issuedAt = LocalDateTime.ofInstant(issued.issuedAt(), ZoneOffset.UTC);
        this.tries = issued.tries();
        // a reminder carries no code to use: it is born used (only the sending limits read it)
        this.used = VerificationCodePolicy.PURPOSE_USER_NAMES.equals(issued.purpose());
    }

    public Long getId() {
        return id;
    }

    public IssuedCode issued() {
        return new IssuedCode(purpose, mobile, codeHash, salt, issuedAt.toInstant(ZoneOffset.UTC), tries);
    }


    public boolean isUsed() {
        return used;
    }

    public void markUsed() {
        this.used = true;
    }

    /** Uses the code up and leaves the ticket in its place. */
    public void exchangeFor(CodeTicket ticket) {
        this.used = true;
        this.ticketHash = ticket.hash();
        this.ticketUntil = LocalDateTime.ofInstant(ticket.until(), ZoneOffset.UTC);
    }

    public boolean ticketValidAt(Instant now) {
        return ticketHash != null && CodeTicket.isValid(utc(ticketUntil), now);
    }

    public void redeemTicket() {
        this.ticketHash = null;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getMobile() {
        return mobile;
    }

    public static Instant utc(LocalDateTime value) {
        return value.toInstant(ZoneOffset.UTC);
    }
}
