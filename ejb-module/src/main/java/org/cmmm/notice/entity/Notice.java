package org.cmmm.notice.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Locale;

/** A notice (通知公告) on the home page, written by the operator in both languages. */
@Entity
@Table(name = "notice")
@NamedQuery(name = Notice.LATEST, query = "select n from Notice n order by n.publishedAt desc, n.id desc")
public class Notice implements Serializable {

    public static final String LATEST = "Notice.latest";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "title_zh", nullable = false, length = 200)
    private String titleZh;

    @Column(name = "title_en", nullable = false, length = 200)
    private String titleEn;

    @Column(name = "body_zh", nullable = false)
    private String bodyZh;

    @Column(name = "body_en", nullable = false)
    private String bodyEn;

    @Column(name = "published_at", nullable = false)
    private LocalDateTime publishedAt;

    @Version
    private int version;

    protected Notice() {
        // for JPA
    }

    public Notice(String titleZh, String titleEn, String bodyZh, String bodyEn, LocalDateTime publishedAt) {
        this.titleZh = titleZh;
        this.titleEn = titleEn;
        this.bodyZh = bodyZh;
        this.bodyEn = bodyEn;
        this.publishedAt = publishedAt;
    }

    public Long getId() {
        return id;
    }

    /** The title in the reader's language; Chinese for every language but English. */
    public String title(Locale locale) {
        return isEnglish(locale) ? titleEn : titleZh;
    }

    public String body(Locale locale) {
        return isEnglish(locale) ? bodyEn : bodyZh;
    }

    public LocalDateTime getPublishedAt() {
        return publishedAt;
    }

    private static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
