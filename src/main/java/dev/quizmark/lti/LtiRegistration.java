package dev.quizmark.lti;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A learning platform that may launch Quizmark, as (issuer, client id) with the platform's endpoints. */
@Entity
@Table(name = "lti_registration")
public class LtiRegistration extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "lti_registration_seq", sequenceName = "lti_registration_seq", allocationSize = 50)
    @GeneratedValue(generator = "lti_registration_seq")
    public Long id;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String issuer;

    @Column(name = "client_id", nullable = false)
    public String clientId;

    @Column(name = "auth_login_url", nullable = false)
    public String authLoginUrl;

    @Column(name = "token_url", nullable = false)
    public String tokenUrl;

    @Column(name = "jwks_url", nullable = false)
    public String jwksUrl;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt = Instant.now();

    public static List<LtiRegistration> byIssuer(String issuer) {
        return list("issuer = ?1 order by id", issuer);
    }

    public static Optional<LtiRegistration> byIssuerAndClient(String issuer, String clientId) {
        return find("issuer = ?1 and clientId = ?2", issuer, clientId).firstResultOptional();
    }

    public List<String> deploymentIds() {
        return getEntityManager().createNativeQuery(
                "select deployment_id from lti_deployment where registration_id = ?1 order by deployment_id", String.class)
                .setParameter(1, id).getResultList();
    }

    public boolean knowsDeployment(String deploymentId) {
        return deploymentId != null && deploymentIds().contains(deploymentId);
    }

    /** Replaces the deployment ids with these. */
    public void replaceDeployments(List<String> deploymentIds) {
        getEntityManager().createNativeQuery("delete from lti_deployment where registration_id = ?1")
                .setParameter(1, id).executeUpdate();
        for (String deploymentId : deploymentIds.stream().distinct().toList()) {
            getEntityManager().createNativeQuery(
                    "insert into lti_deployment (registration_id, deployment_id) values (?1, ?2)")
                    .setParameter(1, id).setParameter(2, deploymentId).executeUpdate();
        }
    }
}
