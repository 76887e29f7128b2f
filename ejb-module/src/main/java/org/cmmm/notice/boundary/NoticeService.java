package org.cmmm.notice.boundary;

import org.cmmm.platform.boundary.Allowed;
import org.cmmm.platform.boundary.Public;
import static org.cmmm.platform.control.Role.ADMIN;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.cmmm.notice.entity.Notice;

/** Publishes and lists the notices of the home page. */
@Stateless
public class NoticeService {

    @PersistenceContext(unitName = "cmmm")
    EntityManager em;

    @Allowed(value = ADMIN, system = true)
    public Notice publish(Notice notice) {
        em.persist(notice);
        return notice;
    }

    @Public
    public List<Notice> latest(int count) {
        return em.createNamedQuery(Notice.LATEST, Notice.class).setMaxResults(count).getResultList();
    }

    @Public
    public Optional<Notice> find(long id) {
        return Optional.ofNullable(em.find(Notice.class, id));
    }

    @Public
    public long count() {
        return em.createQuery("select count(n) from Notice n", Long.class).getSingleResult();
    }
}
