package org.cmmm.home.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.cmmm.notice.boundary.NoticeService;
import org.cmmm.notice.entity.Notice;

/** State of the home page: the latest notices. */
@Named
@RequestScoped
public class HomeBacking {

    private static final int NOTICES_SHOWN = 5;

    @Inject
    NoticeService notices;

    private List<Notice> latestNotices;

    @PostConstruct
    void load() {
        latestNotices = notices.latest(NOTICES_SHOWN);
    }

    public List<Notice> getLatestNotices() {
        return latestNotices;
    }
}
