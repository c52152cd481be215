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

/**
 * A course of a platform. Only an approved context is this Quizmark course: an instructor approves it on the
 * registration page after its first launch, and until then nobody is let in from it.
 */
@Entity
@Table(name = "lti_context")
public class LtiContext extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "lti_context_seq", sequenceName = "lti_context_seq", allocationSize = 50)
    @GeneratedValue(generator = "lti_context_seq")
    public Long id;

    @Column(name = "registration_id", nullable = false)
    public long registrationId;

    @Column(name = "context_id", nullable = false)
    public String contextId;

    public String title;

    public boolean approved;

    /** NRPS: the context's membership URL from the last launch that carried it. */
    @Column(name = "memberships_url")
    public String membershipsUrl;

    @Column(name = "roster_synced_at")
    public Instant rosterSyncedAt;

    /** The outcome of the last roster sync, for the instructor (a count or the platform's error). */
    @Column(name = "roster_message")
    public String rosterMessage;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt = Instant.now();

    public static Optional<LtiContext> of(long registrationId, String contextId) {
        return find("registrationId = ?1 and contextId = ?2", registrationId, contextId).firstResultOptional();
    }
}
