package dev.quizmark.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** Consecutive failures of one kind from one source, and until when that source must wait (see {@link SignInThrottle}). */
@Entity
@Table(name = "sign_in_throttle")
public class ThrottleCounter extends PanacheEntityBase {

    /** What is counted. */
    public enum Scope {
        /** Wrong passwords for one username from one client address. */
        ACCOUNT,
        /** Wrong passwords for any username from one client address. */
        ADDRESS,
        /** Wrong registration join codes from one client address. */
        JOIN_CODE,
        /** PINs of no running live session, from one client address (guessing PINs to get into a session). */
        LIVE_PIN
    }

    /** Scope, username ('' when the scope is by address alone) and client address. */
    @Embeddable
    public static class Key implements Serializable {

        @Enumerated(EnumType.STRING)
        public Scope scope;

        public String username;

        public String address;

        protected Key() {
        }

        Key(Scope scope, String username, String address) {
            this.scope = scope;
            this.username = username;
            this.address = address;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && scope == key.scope && username.equals(key.username)
                    && address.equals(key.address);
        }

        @Override
        public int hashCode() {
            return Objects.hash(scope, username, address);
        }
    }

    @EmbeddedId
    public Key key;

    public int failures;

    @Column(name = "last_failure_at")
    public Instant lastFailureAt;

    @Column(name = "delayed_until")
    public Instant delayedUntil;
}
