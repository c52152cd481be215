package dev.quizmark.lti;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** A quiz placed in a platform course, with its gradebook column (AGS line item) when the platform gave one. */
@Entity
@Table(name = "lti_resource_link")
public class LtiResourceLink extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "lti_resource_link_seq", sequenceName = "lti_resource_link_seq", allocationSize = 50)
    @GeneratedValue(generator = "lti_resource_link_seq")
    public Long id;

    @Column(name = "context_id", nullable = false)
    public long contextId;

    @Column(name = "resource_link_id", nullable = false)
    public String resourceLinkId;

    @Column(name = "quiz_id", nullable = false)
    public String quizId;

    public String title;

    @Column(name = "lineitem_url")
    public String lineitemUrl;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt = Instant.now();

    public static Optional<LtiResourceLink> of(long contextId, String resourceLinkId) {
        return find("contextId = ?1 and resourceLinkId = ?2", contextId, resourceLinkId).firstResultOptional();
    }
}
